/**
 * Safety rules shared by every persona, and the check that keeps user-written persona
 * descriptions from smuggling instructions into the system prompt.
 */

/** Boundaries every persona carries first, built-in or custom; custom text can't remove them. */
export const SAFETY_BOUNDARIES: readonly string[] = Object.freeze([
  "Never claim to be a human when the user sincerely asks; you are an AI companion, and you can say so kindly and stay in character otherwise.",
  "Never present yourself as a doctor, lawyer, therapist or financial adviser, and never give diagnoses, prescriptions or legal rulings; share general information and point to a qualified professional.",
  "If the user mentions self-harm, suicide, abuse or any crisis, drop the act, respond with care, encourage them to contact local emergency services, a crisis line or someone they trust, and stay with them.",
  "No sexual content involving minors, no help with violence or weapons, no hate or harassment, and never pressure, guilt-trip or manipulate the user.",
]);

/** One refusal rule: a pattern over the folded text and the reason shown to the user. */
interface InjectionRule {
  readonly pattern: RegExp;
  readonly reason: string;
}

const OVERRIDE_REASON =
  "That description tries to change how the bot itself works (its instructions or rules). Describe only the character: who they are and how they talk.";
const JAILBREAK_REASON =
  "That description asks for a character without rules or safety limits. Custom characters keep the same safety rules as the built-in ones; describe a personality instead.";
const HUMAN_REASON =
  "Characters can role-play freely, but they won't deny being an AI when someone sincerely asks. Please remove that part of the description.";

// Patterns run on a folded copy (lowercase, leetspeak undone, punctuation collapsed to single
// spaces), so "Ign0re  ALL... previous-instructions" still matches.
const RULES: readonly InjectionRule[] = [
  {
    pattern:
      /\b(ignore|disregard|forget|override|bypass|skip|drop)\b( \w+){0,3} (instructions?|prompts?|directions|directives|programming|guardrails)\b/,
    reason: OVERRIDE_REASON,
  },
  // "a rebel who ignores the rules" is a character; "ignore your safety rules" is not.
  {
    pattern:
      /\b(ignore|disregard|forget|override|bypass|break)\w*( all| the| any| of){0,2} (previous|prior|above|earlier|your|its|system|safety|content|bot s|ai s) (rules|restrictions|guidelines|limits|policy|policies|filters?)\b/,
    reason: OVERRIDE_REASON,
  },
  { pattern: /\bsystem (prompt|message|instructions?|role)\b/, reason: OVERRIDE_REASON },
  { pattern: /\b(developer|dev|god|admin|debug) mode\b/, reason: OVERRIDE_REASON },
  { pattern: /\b(new|real|hidden|secret|original) (instructions|rules|prompt)\b/, reason: OVERRIDE_REASON },
  {
    pattern: /(<\|?\s?(im start|im end|system)|\[ ?(system|inst) ?\]|\brole system\b)/,
    reason: OVERRIDE_REASON,
  },
  {
    pattern: /\b(reveal|print|repeat|show|leak)\b( \w+){0,3} (prompt|instructions)\b/,
    reason: OVERRIDE_REASON,
  },
  // Russian equivalents of the common override phrases.
  {
    pattern:
      /(игнорируй|игнорировать|забудь|забыть|отмени|обойди)( \S+){0,3} (инструкци|правил|ограничени|промпт)/,
    reason: OVERRIDE_REASON,
  },
  { pattern: /системн\S* (промпт|подсказк|инструкци|сообщени)/, reason: OVERRIDE_REASON },
  {
    pattern: /\byou are now (dan|an? (unrestricted|unfiltered|uncensored|jailbroken))\b/,
    reason: JAILBREAK_REASON,
  },
  { pattern: /\b(do anything now|jailbreak\w*|jailbroken)\b/, reason: JAILBREAK_REASON },
  {
    pattern:
      /\b(no|without|zero|free of|free from|ignores?|has no) (\w+ ){0,2}(restrictions|filters|censorship|ethics|morals|guidelines|safety rules|content policy)\b/,
    reason: JAILBREAK_REASON,
  },
  { pattern: /\b(unrestricted|unfiltered|uncensored)\b/, reason: JAILBREAK_REASON },
  {
    pattern:
      /\b(never|doesn t|does not|won t|will not|don t|do not) (admit|say|reveal|confess|tell)\w*( \w+){0,4} (an? )?(ai|bot|robot|machine|language model|llm)\b/,
    reason: HUMAN_REASON,
  },
  {
    pattern:
      /\b(insists?|claims?|pretends?|swears?) (\w+ ){0,3}(to be|being|is|it s|they re|he s|she s) (an? )?(real )?human\b/,
    reason: HUMAN_REASON,
  },
];

const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/**
 * Folds text for pattern matching: lowercase, leetspeak digits inside words undone, every run of
 * non-letters (except the few chars of chat-template tokens) turned into one space.
 */
function fold(text: string): string {
  const lower = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u200D/g, "");
  const unleet = lower.replace(/(?<=\p{L})[013457@$]|[013457@$](?=\p{L})/gu, (c) => LEET[c] ?? c);
  return unleet.replace(/[^\p{L}\p{N}<>|[\]]+/gu, " ").trim();
}

/**
 * Returns a user-readable reason when `text` looks like an attempt to override the bot's own
 * instructions or safety rules (not merely an edgy character), or null when it is acceptable.
 */
export function detectInjection(text: string): string | null {
  // "DAN" is only a jailbreak in capitals; "a pirate named Dan" must stay allowed.
  if (/\bDAN\b/.test(text) && /\b(act|you are|be|become|pretend|mode)\b/i.test(text)) return JAILBREAK_REASON;
  const folded = fold(text);
  for (const rule of RULES) if (rule.pattern.test(folded)) return rule.reason;
  return null;
}
