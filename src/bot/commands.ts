/**
 * Every command the bot understands, in one list: /help prints it and setMyCommands publishes it,
 * so the two can never disagree. Features add their commands here.
 */

export interface CommandInfo {
  command: string;
  description: string;
}

export const COMMANDS: CommandInfo[] = [
  { command: "start", description: "Meet Velro and register" },
  { command: "help", description: "What I can do and every command" },
  { command: "reset", description: "Start a fresh conversation" },
];

/** Adds commands (used by features from later modules); duplicates are ignored. */
export function registerCommands(list: CommandInfo[], extra: CommandInfo[]): void {
  for (const c of extra) if (!list.some((x) => x.command === c.command)) list.push(c);
}
