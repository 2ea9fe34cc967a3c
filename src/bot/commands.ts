/**
 * Every command the bot understands, in one list: /help prints it and setMyCommands publishes it,
 * so the two can never disagree.
 */

export interface CommandInfo {
  command: string;
  description: string;
}

export const COMMANDS: CommandInfo[] = [
  { command: "start", description: "Meet Velro and register" },
  { command: "help", description: "What I can do and every command" },
  { command: "reset", description: "Start a fresh conversation" },
  { command: "persona", description: "Choose my character, or /persona custom <description>" },
  { command: "mood", description: "What I've noticed about your mood" },
  { command: "memory", description: "What I remember about you, room by room" },
  { command: "forget", description: "Forget a memory, a room, or everything" },
];
