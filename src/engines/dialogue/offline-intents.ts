/**
 * The small talk the offline responder recognises (hello, thanks, bye, how are you, who are you),
 * in each of its languages. Which language's words matched is itself evidence of the language
 * to answer in: "hola" alone is too short for detectLanguage, but it is plainly Spanish.
 */
import { foldArabic, RESPONDER_LOCALES, type ResponderLocale } from "./offline-locale.ts";

export type SmallTalk = "greeting" | "who" | "howAreYou" | "thanks" | "bye";

// Regex fragments over folded text (see fold): lower case, Arabic script through foldArabic.
// A space stands for any run of white space.
const PHRASES: Readonly<Record<SmallTalk, Partial<Record<ResponderLocale, string>>>> = {
  greeting: {
    en: "hi|hello|hey|heya|hiya|yo|good (morning|afternoon|evening)|howdy",
    ru: "привет|приветик|здравствуйте|здравствуй|добрый (день|вечер)|доброе утро|хай|салют",
    uk: "привіт|вітаю|добрий (день|вечір)|доброго (ранку|дня|вечора)|доброї ночі|хай",
    es: "hola|buenas|buenos días|buenas (tardes|noches)|qué onda",
    "pt-BR": "olá|ola|oi|oie|e aí|bom dia|boa (tarde|noite)",
    de: "hallo|hi|hey|moin|servus|grüß dich|guten (morgen|tag|abend)",
    fr: "salut|bonjour|bonsoir|coucou|hello",
    it: "ciao|buongiorno|buonasera|salve|ehi",
    tr: "merhaba|selam|selamlar|günaydın|iyi akşamlar|mrb|slm",
    id: "halo|hai|hi|hallo|selamat (pagi|siang|sore|malam)|assalamualaikum",
    fa: "سلام|درود|صبح بخیر|عصر بخیر|سلام علیکم",
    ar: "مرحبا|اهلا|اهلين|السلام عليكم|سلام|صباح الخير|مساء الخير|هلا",
  },
  who: {
    en: "(who|what) are you|are you (a |an )?(bot|human|ai|robot)",
    ru: "кто ты|ты кто|что ты такое|ты (бот|робот|человек)",
    uk: "хто ти|ти хто|що ти таке|ти (бот|робот|людина)",
    es: "quién eres|quien eres|qué eres|eres (un )?(bot|robot|humano|humana)",
    "pt-BR": "quem é você|quem e voce|quem é vc|o que é você|você é (um )?(bot|robô|humano|humana)",
    de: "wer bist du|was bist du|bist du (ein )?(bot|roboter|mensch)",
    fr: "qui es-tu|qui es tu|t'es qui|tu es qui|qu'es-tu|es-tu (un )?(bot|robot|humain)",
    it: "chi sei|cosa sei|sei (un )?(bot|robot|umano|umana)",
    tr: "sen kimsin|kimsin|nesin|bot musun|robot musun|insan mısın",
    id: "siapa kamu|kamu siapa|kamu (itu )?(bot|robot|manusia)",
    fa: "تو کی هستی|کی هستی|تو چی هستی|ربات هستی|آدمی",
    ar: "من انت|مين انت|ما انت|هل انت (بوت|روبوت|انسان)|انت بوت",
  },
  howAreYou: {
    en: "how are (you|u)|how's it going|how are things|how you doing",
    ru: "как дела|как ты|как поживаешь|как сам|как твои дела",
    uk: "як справи|як ти|як твої справи|як життя",
    es: "qué tal|que tal|cómo estás|como estas|cómo te va",
    "pt-BR": "tudo bem\\s*\\?|como vai|como você está|como vc está|tudo bom\\s*\\?|beleza\\s*\\?",
    de: "wie geht's|wie gehts|wie geht es dir|wie läuft's",
    fr: "ça va\\s*\\?|ca va\\s*\\?|comment vas-tu|comment ça va|comment tu vas",
    it: "come stai|come va|tutto bene\\s*\\?",
    tr: "nasılsın|naber|ne haber|iyi misin",
    id: "apa kabar|gimana kabarnya|kabarmu gimana",
    fa: "حالت چطوره|چطوری|خوبی\\s*[؟?]|چه خبر",
    ar: "كيف حالك|كيفك|شلونك|كيف الحال|ازيك",
  },
  thanks: {
    en: "thanks|thank you|thx|ty|cheers",
    ru: "спасибо|спс|благодарю|пасиб",
    uk: "дякую|дякі|спасибі",
    es: "gracias|mil gracias",
    "pt-BR": "obrigado|obrigada|valeu|brigado|brigada",
    de: "danke|dankeschön|vielen dank",
    fr: "merci",
    it: "grazie",
    tr: "teşekkürler|teşekkür ederim|sağ ol|sağol|eyvallah",
    id: "terima kasih|makasih|trims|thx",
    fa: "مرسی|ممنون|ممنونم|سپاس|متشکرم|مچکرم",
    ar: "شكرا|شكرا لك|مشكور|يعطيك العافية",
  },
  bye: {
    en: "bye|goodbye|good night|see you|see ya|cya|gotta go",
    ru: "пока|до свидания|спокойной ночи|до встречи|до завтра|бывай",
    uk: "бувай|па-па|до побачення|на добраніч|до зустрічі|до завтра",
    es: "adiós|adios|chao|chau|hasta luego|hasta mañana|nos vemos",
    "pt-BR": "tchau|até logo|até mais|até amanhã|falou",
    de: "tschüss|tschüs|bis bald|bis morgen|gute nacht|auf wiedersehen|ciao",
    fr: "au revoir|bonne nuit|à plus|a plus|à bientôt|à demain|bye",
    it: "arrivederci|buonanotte|a presto|a domani",
    tr: "görüşürüz|hoşça kal|iyi geceler|bay bay",
    id: "sampai jumpa|dadah|selamat tidur|selamat tinggal|bye",
    fa: "خداحافظ|بای|فعلا|خدانگهدار|شب بخیر|شب خوش",
    ar: "مع السلامة|وداعا|تصبح على خير|الى اللقاء|باي",
  },
};

// Word edges as "no letter or digit next to it": \b only knows ASCII, so "привет!" has none.
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
/** Greetings and goodbyes count only at the start; the rest anywhere in the message. */
const ANCHORED: ReadonlySet<SmallTalk> = new Set(["greeting", "bye"]);

/** Lower case (Turkish dotted capital I kept as a plain i) and Arabic script folded. */
export function fold(text: string): string {
  return foldArabic(text.replace(/İ/gu, "i").toLowerCase());
}

const source = (phrases: string) => fold(phrases).replaceAll(" ", String.raw`\s+`);

function patterns(kind: SmallTalk): (readonly [ResponderLocale, RegExp])[] {
  const start = ANCHORED.has(kind) ? "^" : WORD_START;
  return RESPONDER_LOCALES.flatMap((locale) => {
    const phrases = PHRASES[kind][locale];
    return phrases ? [[locale, new RegExp(`${start}(${source(phrases)})${WORD_END}`, "u")] as const] : [];
  });
}

const PATTERNS: Readonly<Record<SmallTalk, readonly (readonly [ResponderLocale, RegExp])[]>> = {
  greeting: patterns("greeting"),
  who: patterns("who"),
  howAreYou: patterns("howAreYou"),
  thanks: patterns("thanks"),
  bye: patterns("bye"),
};

/** The locales whose words for this kind of small talk the message uses, in RESPONDER_LOCALES order. */
export function smallTalkLocales(kind: SmallTalk, text: string): ResponderLocale[] {
  // Spanish opens "¡Hola!" with its own mark; any opening punctuation is not part of the words.
  const folded = fold(text.trim()).replace(/^[\p{Ps}\p{Pi}¡¿"'\s]+/u, "");
  return PATTERNS[kind].filter(([, re]) => re.test(folded)).map(([locale]) => locale);
}

const ANY_GREETING = Object.values(PHRASES.greeting).map(source).join("|");
/** A greeting opening a longer message, with the punctuation after it (in folded text). */
const GREETING_PREFIX = new RegExp(`^(${ANY_GREETING})${WORD_END}[\\s!,.،؛]*`, "u");

/** Drops a greeting that opens the text ("Hi! My sister…" → "My sister…"); the rest is untouched. */
export function withoutGreeting(text: string): string {
  const trimmed = text.trim();
  // Folding keeps the length of everything but a dotted İ, short vowels and tatweel; only a
  // prefix free of those is cut by length, anything else is kept whole.
  const m = GREETING_PREFIX.exec(fold(trimmed));
  if (!m || fold(trimmed.slice(0, m[0].length)) !== m[0]) return trimmed;
  return trimmed.slice(m[0].length).trim() || trimmed;
}
