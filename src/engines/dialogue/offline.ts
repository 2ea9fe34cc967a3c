/**
 * The built-in offline responder: answers without any LLM, so the service is usable and testable
 * with nothing configured. It is rule-based and deterministic (the same context gives the same
 * reply), stays in the persona's name, acknowledges feelings and brings back remembered facts.
 */
import type { DialogueContext } from "./compose.ts";

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const pick = <T>(options: readonly T[], seed: number): T => options[seed % options.length]!;

// Word edges as "no letter or digit next to it": \b only knows ASCII, so "привет!" has none.
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const GREETING_WORDS =
  "hi|hello|hey|yo|hiya|good (morning|afternoon|evening)|привет|здравствуйте|здравствуй|hola|salut|hallo|ciao";
const GREETING = new RegExp(`^(${GREETING_WORDS})${WORD_END}`, "iu");
/** A greeting that opens a longer message, with the punctuation after it. */
const GREETING_PREFIX = new RegExp(`^(${GREETING_WORDS})${WORD_END}[\\s!,.]*`, "iu");
const THANKS = new RegExp(`${WORD_START}(thanks|thank you|thx|спасибо|gracias|merci|danke)${WORD_END}`, "iu");
const HOW_ARE_YOU = /\bhow are (you|u)\b|\bhow's it going\b|как дела/i;
const BYE = new RegExp(`^(bye|goodbye|good night|see you|cya|пока)${WORD_END}`, "iu");
const WHO_ARE_YOU = /\b(who|what) are you\b|\bare you (a )?(bot|human|ai)\b/i;

const STOP_WORDS = new Set(
  "the a an and or but if then so to of in on at for with about from by is are was were be been am i you he she it we they me my your our their this that these those what which who whom how why when where do does did have has had can could would should will just really very not no yes called named feel feeling think going want like love hate know today yesterday tomorrow tonight morning evening week weekend".split(
    " ",
  ),
);

/** The word a reply should pick up: a name the user used (capitalised mid-sentence) if there is one,
 * else the longest content word. */
function topic(text: string): string | undefined {
  const tokens = text
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const name = tokens.find((w, i) => i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
  if (name) return name;
  const words = tokens.map((w) => w.toLowerCase()).filter((w) => w.length > 3 && !STOP_WORDS.has(w));
  return words.sort((a, b) => b.length - a.length)[0];
}

function feelingLine(ctx: DialogueContext, seed: number): string | undefined {
  const e = ctx.emotion;
  if (!e || e.dominant === "neutral") return undefined;
  const lines: Record<string, readonly string[]> = {
    sadness: [
      "That sounds really hard.",
      "I'm sorry you're going through this.",
      "That sounds heavy — I'm here.",
    ],
    anger: ["That sounds genuinely frustrating.", "I can hear how annoyed you are, and fair enough."],
    fear: ["That sounds worrying.", "It makes sense to feel uneasy about that."],
    joy: ["That's lovely to hear!", "I love that for you!", "That made me smile."],
    surprise: ["Oh, I didn't see that coming!", "Wow, really?"],
    disgust: ["Ugh, that sounds unpleasant.", "Yikes, I get why that put you off."],
  };
  const options = lines[e.dominant];
  return options ? pick(options, seed) : undefined;
}

/** First person → second person, so a remembered "my sister" comes back as "your sister". */
function toSecondPerson(text: string): string {
  const map: Record<string, string> = {
    i: "you",
    "i'm": "you're",
    "i've": "you've",
    me: "you",
    my: "your",
    mine: "yours",
    myself: "yourself",
    am: "are",
    "i'll": "you'll",
  };
  return text.replace(/\b(i'm|i've|i'll|i|me|my|mine|myself|am)\b/gi, (w) => map[w.toLowerCase()] ?? w);
}

/** A remembered message, retold: leading greeting dropped, person flipped, end punctuation trimmed. */
function retell(text: string): string {
  const body = text.replace(GREETING_PREFIX, "").trim() || text;
  return toSecondPerson(body).replace(/[.!?]+$/, "");
}

/** Produces the offline reply for a dialogue context. */
export function offlineReply(ctx: DialogueContext): string {
  const text = ctx.userText.trim();
  const seed = hash(`${ctx.userName}|${text}|${ctx.history.length}`);
  const name = ctx.userName;
  const me = ctx.persona.name;
  const parts: string[] = [];
  const feeling = feelingLine(ctx, seed);
  // Something the user asked is not something they told: it cannot be retold as "you said that …".
  const told = ctx.memories.filter((m) => !m.text.trim().endsWith("?"));
  // Only a memory that shares words with the message is worth bringing up offline.
  const relevant = told.find((m) => (m.relevance ?? 1) > 0);

  // "Hi! My brother just got a job" is news, not a greeting: only short messages get the hello.
  if (GREETING.test(text) && text.split(/\s+/).length <= 4) {
    const wave = ctx.persona.emoji ?? "👋";
    parts.push(pick([`Hi ${name}! ${wave}`, `Hey ${name}! ${wave}`, `Hello, ${name}! ${wave}`], seed));
    const last = told[0];
    if (last) parts.push(`Last time you mentioned that ${retell(last.text)}. How's that going?`);
    else parts.push(pick(["How's your day going?", "What's on your mind today?"], seed >>> 3));
  } else if (WHO_ARE_YOU.test(text)) {
    parts.push(
      `I'm ${me}, an AI companion — not a human. Right now I'm running in offline mode with my built-in responder, so I keep things simple, but I remember what you tell me.`,
    );
  } else if (HOW_ARE_YOU.test(text)) {
    parts.push(pick(["I'm doing well, thanks for asking!", "All good on my side — glad you're here."], seed));
    parts.push("How about you?");
  } else if (THANKS.test(text)) {
    parts.push(pick(["Anytime!", "You're welcome 🙂", "Happy to help."], seed));
  } else if (BYE.test(text)) {
    parts.push(pick(["Take care! I'll be here.", "Bye for now — talk soon!"], seed));
  } else {
    const question = text.endsWith("?");
    // Questions often read as "surprise" to the emotion model; only real feelings get a reaction.
    const reacting = feeling && !(question && ctx.emotion?.dominant === "surprise");
    if (reacting) parts.push(feeling);
    const t = topic(text);
    if (relevant && question) {
      parts.push(`You told me ${relevant.when} that ${retell(relevant.text)}.`);
    } else if (relevant) {
      parts.push(`That reminds me — ${relevant.when} you said ${retell(relevant.text)}. Is this connected?`);
    } else if (question) {
      parts.push(
        t
          ? `Good question about ${t}. I'm in offline mode, so I can't look things up, but I'd love to hear what you think.`
          : "Good question. I'm in offline mode, so I can't look things up — what do you think?",
      );
    } else if (reacting && (ctx.emotion?.valence ?? 0) < 0) {
      parts.push(
        pick(["Do you want to tell me what's behind it?", "What's been weighing on you?"], seed >>> 5),
      );
    } else if (t) {
      parts.push(
        pick(
          [`Tell me more about ${t}.`, `What does ${t} mean to you?`, `How do you feel about ${t}?`],
          seed >>> 5,
        ),
      );
    } else {
      parts.push(pick(["I'm listening.", "Go on, I'm here.", "Tell me more."], seed >>> 5));
    }
  }
  return parts.join(" ");
}
