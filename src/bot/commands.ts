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
  { command: "cancel", description: "Stop the reply I'm writing" },
  { command: "persona", description: "Choose my character, or /persona custom <description>" },
  { command: "mood", description: "What I've noticed about your mood" },
  { command: "memory", description: "What I remember about you, room by room" },
  { command: "forget", description: "Forget a memory, a room, or everything" },
  { command: "imagine", description: "Create an image: /imagine <what to draw>" },
  { command: "video", description: "Create a video: /video <what happens>" },
  { command: "edit", description: "Reply to a photo with /edit <what to change>" },
  { command: "models", description: "Image and video models and their prices" },
  { command: "balance", description: "Your credits" },
  { command: "history", description: "Your recent creations" },
  { command: "buy", description: "Buy credits with Telegram Stars" },
  { command: "paysupport", description: "Help with a payment" },
  { command: "terms", description: "Terms of the credits and creations" },
  { command: "token", description: "A token for the live-status page and WebSocket" },
  { command: "export", description: "Download everything I store about you (JSON)" },
  { command: "deletedata", description: "Delete your data (asks first)" },
];
