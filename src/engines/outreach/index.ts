/**
 * Public surface of the outreach engine: time zones from a city or an offset, quiet hours and the
 * slots of a cadence, reminder times in the user's language, and what a check-in asks about. Pure:
 * every function takes the time it works at.
 */
export * from "./calendar.ts";
export * from "./checkin-topics.ts";
export * from "./reminder-time.ts";
export * from "./zones.ts";
