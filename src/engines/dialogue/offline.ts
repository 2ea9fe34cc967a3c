/**
 * The built-in offline responder: answers without any LLM, so the service is usable and testable
 * with nothing configured. It is rule-based and deterministic (the same context gives the same
 * reply), stays in the persona's name and voice, acknowledges feelings and brings back remembered
 * facts, in the user's language: every sentence is a Fluent message of locales/<locale>/responder.ftl,
 * reached through an injected translate function, so this module does no I/O.
 */
import { fnv1a } from "../../util/hash.ts";
import { offlineSight } from "../second-sight/perspectives.ts";
import type { DialogueContext, RecalledMemory } from "./compose.ts";
import { type SmallTalk, smallTalkLocales } from "./offline-intents.ts";
import {
  chooseLocale,
  languageFromDirectives,
  type ResponderLocale,
  toResponderLocale,
} from "./offline-locale.ts";
import { retold, whenTold } from "./offline-memory.ts";
import type { Translate } from "./offline-translate.ts";

/** The Fluent `$v` selector: which of up to three wordings a message uses, from the reply's seed. */
const variant = (seed: number): string => "abc"[seed % 3]!;

/** Built-in personas with a voice of their own in responder.ftl; any other persona speaks as Velro. */
const FLAVOURED = new Set(["velro", "kit", "sage", "spark", "atlas"]);

function personaKey(persona: DialogueContext["persona"]): string {
  const key = (persona.id ?? persona.name).toLowerCase();
  return FLAVOURED.has(key) ? key : "velro";
}

// Words too common to be what a message is about; short words (3 letters or fewer) never are.
const STOP_WORDS = new Set(
  [
    "the a an and or but if then so to of in on at for with about from by is are was were be been am i you he she it we they me my your our their this that these those what which who whom how why when where do does did have has had can could would should will just really very not no yes called named feel feeling think going want like love hate know today yesterday tomorrow tonight morning evening week weekend",
    "это этот эта меня тебя себя когда потому чтобы очень тоже только сейчас сегодня вчера завтра просто может хочу думаю знаю люблю было была будет",
    "мене тебе коли тому щоби дуже також тільки зараз сьогодні вчора завтра просто може хочу думаю знаю люблю було була буде",
    "para pero como cuando porque muy también solo ahora hoy ayer mañana quiero creo tengo estoy está esto",
    "para mas quando porque muito também agora hoje ontem amanhã quero acho tenho estou está isso você",
    "aber wenn weil sehr auch jetzt heute gestern morgen möchte glaube habe bin nicht mein meine dein deine",
    "mais quand parce très aussi maintenant aujourd'hui hier demain veux crois suis avec pour dans",
    "però quando perché molto anche adesso oggi ieri domani voglio credo sono questo questa",
    "ama çünkü çok şimdi bugün dün yarın istiyorum bence benim senin gibi için",
    "yang tetapi karena sangat juga sekarang hari kemarin besok ingin saya kamu dengan untuk",
    "اما چون خیلی الان امروز دیروز فردا میخواهم فکر دارم هستم برای",
    "لكن لأن جدا الآن اليوم أمس غدا أريد أعتقد لدي هذا هذه التي الذي",
  ]
    .join(" ")
    .split(" "),
);

/** The word a reply should pick up: a name the user used (capitalised mid-sentence) if there is one,
 * else the longest content word. */
function topic(text: string): string | undefined {
  const tokens = text
    .replace(/[^\p{L}\p{M}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const name = tokens.find((w, i) => i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
  if (name) return name;
  const words = tokens.map((w) => w.toLowerCase()).filter((w) => w.length > 3 && !STOP_WORDS.has(w));
  return words.sort((a, b) => b.length - a.length)[0];
}

const FEELINGS = new Set(["sadness", "anger", "fear", "joy", "surprise", "disgust"]);

/** How the responder is given its phrasing and, optionally, the locale to speak. */
export interface OfflineReplyOptions {
  /** `I18n#t` of @grammyjs/i18n, or anything that formats responder.ftl messages the same way. */
  translate: Translate;
  /** Forces the reply's locale; by default it is chosen from the message and what the context knows. */
  locale?: string;
}

const SMALL_TALK: readonly SmallTalk[] = ["greeting", "who", "howAreYou", "thanks", "bye"];

/** Which small talk the message is, and the locales whose words say so. */
function recognise(text: string): { kind: SmallTalk | null; locales: ResponderLocale[] } {
  for (const kind of SMALL_TALK) {
    const locales = smallTalkLocales(kind, text);
    // "Hi! My brother just got a job" is news, not a greeting: only short messages get the hello.
    if (locales.length && (kind !== "greeting" || text.split(/\s+/).length <= 4)) return { kind, locales };
  }
  return { kind: null, locales: [] };
}

/**
 * The locale an offline reply to this context is written in: the language of the message when it
 * is one of the responder's, else the user's known language (the explicit `language`, or the one
 * the style directives name), else their Telegram language_code, else English.
 */
export function offlineLocale(ctx: DialogueContext): ResponderLocale {
  return chooseLocale({
    text: ctx.userText,
    said: recognise(ctx.userText.trim()).locales,
    language: ctx.language ?? languageFromDirectives(ctx.directives),
    languageCode: ctx.languageCode,
  });
}

/** Produces the offline reply for a dialogue context, in the user's language. */
export function offlineReply(ctx: DialogueContext, options: OfflineReplyOptions): string {
  const text = ctx.userText.trim();
  const seed = fnv1a(`${ctx.userName}|${text}|${ctx.history.length}`);
  const locale = toResponderLocale(options.locale) ?? offlineLocale(ctx);
  const persona = personaKey(ctx.persona);
  const say = (id: string, vars: Record<string, string | number> = {}) =>
    options.translate(locale, `responder-${id}`, { persona, name: ctx.userName, ...vars });
  const retell = (m: RecalledMemory) => ({
    ...retold(m.text, locale),
    when: whenTold(m, ctx.now, locale, options.translate),
  });
  const parts: string[] = [];
  const emotion = ctx.emotion?.dominant;
  // Something the user asked is not something they told: it cannot be retold as "you said that …".
  const told = ctx.memories.filter((m) => !/[?？؟]$/u.test(m.text.trim()));
  // Only a memory that shares words with the message is worth bringing up offline.
  const relevant = told.find((m) => (m.relevance ?? 1) > 0);
  const { kind } = recognise(text);

  if (kind === "greeting") {
    parts.push(say("greeting", { emoji: ctx.persona.emoji ?? "👋", v: variant(seed) }));
    const last = told[0];
    if (last) parts.push(say("greeting-recall", retell(last)));
    else parts.push(say("greeting-ask", { v: variant(seed >>> 3) }));
  } else if (kind === "who") {
    parts.push(say("who", { me: ctx.persona.name }));
  } else if (kind === "howAreYou") {
    parts.push(say("how-are-you", { v: variant(seed) }));
    parts.push(say("how-about-you"));
  } else if (kind === "thanks") {
    parts.push(say("thanks", { v: variant(seed) }));
  } else if (kind === "bye") {
    parts.push(say("bye", { v: variant(seed) }));
  } else {
    const question = /[?？؟]$/u.test(text);
    // Questions often read as "surprise" to the emotion model; only real feelings get a reaction.
    const reacting = emotion && FEELINGS.has(emotion) && !(question && emotion === "surprise");
    if (reacting) parts.push(say(`feeling-${emotion}`, { v: variant(seed) }));
    const t = topic(text);
    const sight = ctx.secondSight;
    if (sight && sight.action !== "none") {
      // A decision, torn feelings or an unclear ask: one question back, or a few perspectives.
      parts.push(offlineSight(sight, locale, options.translate, seed >>> 7));
    } else if (relevant && question) {
      parts.push(say("recall-answer", retell(relevant)));
    } else if (relevant) {
      parts.push(say("recall-connect", retell(relevant)));
    } else if (question) {
      parts.push(t ? say("question-topic", { topic: t }) : say("question"));
    } else if (reacting && (ctx.emotion?.valence ?? 0) < 0) {
      parts.push(say("ask-why", { v: variant(seed >>> 5) }));
    } else if (t) {
      parts.push(say("topic", { topic: t, v: variant(seed >>> 5) }));
    } else {
      parts.push(say("listening", { v: variant(seed >>> 5) }));
    }
  }
  return parts.join(" ");
}
