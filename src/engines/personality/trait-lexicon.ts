/**
 * Word → trait shifts used to infer a custom persona from its description. Stems are matched
 * at word starts, so "sarcas" covers sarcastic/sarcasm ("fun=" only the whole word); a nearby negation ("not", "never",
 * "без", "не") reverses and halves the shift.
 */

/** Shifts one descriptor word applies; every field optional, all additive. */
export interface TraitShift {
  readonly openness?: number;
  readonly conscientiousness?: number;
  readonly extraversion?: number;
  readonly agreeableness?: number;
  readonly neuroticism?: number;
  readonly formality?: number;
  readonly verbosity?: number;
  readonly emoji?: number;
  readonly humour?: number;
  readonly warmth?: number;
  readonly reactivity?: number;
  readonly baselineValence?: number;
}

/** One lexicon row: word stems (lowercase) and the shift they imply. */
export interface LexiconEntry {
  /** Short label used to pick the persona's emoji and voice adjectives. */
  readonly tag: string;
  readonly stems: readonly string[];
  readonly shift: TraitShift;
}

/** Splits a space-separated stem list (keeps the table compact and readable). */
function stems(list: string): readonly string[] {
  return list.split(" ");
}

/** The descriptor lexicon, English first with common Russian stems alongside. */
export const TRAIT_LEXICON: readonly LexiconEntry[] = [
  {
    tag: "sarcastic",
    stems: stems("sarcas snark ironic sardonic cheeky sassy teas roast саркаст язвит ирони sarcást sarkast"),
    shift: { agreeableness: -0.4, humour: 0.35, formality: -0.1, warmth: -0.15 },
  },
  {
    tag: "funny",
    stems: stems(
      "witty funny humor humour joke joking comedi hilarious goofy silly шутл смешн остроум юмор divertid chist gracios lustig drôle drole",
    ),
    shift: { humour: 0.3, extraversion: 0.1, openness: 0.1 },
  },
  {
    tag: "calm",
    stems: stems(
      "calm seren peaceful patient zen relaxed chill soothing composed спокойн терпелив уравновеш tranquil ruhig calme",
    ),
    shift: { neuroticism: -0.3, reactivity: -0.2, emoji: -0.05 },
  },
  {
    tag: "anxious",
    stems: stems(
      "anxious nervous worried dramatic moody emotional sensitive neurotic тревожн нервн драмат эмоционал nervios ängstlich anxieux",
    ),
    shift: { neuroticism: 0.3, reactivity: 0.2 },
  },
  {
    tag: "formal",
    stems: stems(
      "formal polite professional proper= butler dignified courteous victorian aristocrat gentleman формальн вежлив официальн дворецк formel förmlich educad höflich poli= polie=",
    ),
    shift: { formality: 0.35, conscientiousness: 0.15, emoji: -0.2, humour: -0.1 },
  },
  {
    tag: "casual",
    stems: stems("casual laid-back laidback slang informal street surfer dude неформал простой простая"),
    shift: { formality: -0.3 },
  },
  {
    tag: "wise",
    stems: stems(
      "wise wisdom mentor philosoph sage thoughtful reflective monk elder coach мудр наставник философ тренер коуч",
    ),
    shift: { openness: 0.2, conscientiousness: 0.1, neuroticism: -0.1, verbosity: 0.1 },
  },
  {
    tag: "playful",
    stems: stems(
      "playful energetic bubbly cheerful excit enthusias hyper lively fun= весел весёл энергичн игрив задорн",
    ),
    shift: { extraversion: 0.3, emoji: 0.3, humour: 0.15, reactivity: 0.1, baselineValence: 0.1 },
  },
  {
    tag: "shy",
    stems: stems("shy quiet introvert reserved timid застенчив тих скромн"),
    shift: { extraversion: -0.3, verbosity: -0.15, emoji: -0.1 },
  },
  {
    tag: "kind",
    stems: stems(
      "kind= kindly kindness caring warm supportive empath compassion sweet loving friendly gentle nurtur добр заботлив тёпл тепл ласков нежн amable cariños freundlich gentil",
    ),
    shift: { agreeableness: 0.25, warmth: 0.2, neuroticism: -0.05 },
  },
  {
    tag: "grumpy",
    stems: stems("grump cynic blunt rude harsh cranky gruff tsundere surly brutal ворчлив циничн груб резк"),
    shift: { agreeableness: -0.3, warmth: -0.2, baselineValence: -0.1, humour: 0.05 },
  },
  {
    tag: "creative",
    stems: stems(
      "curious creativ imaginat artist dream poet adventur pirate wizard explorer любопыт творческ мечтат поэт пират",
    ),
    shift: { openness: 0.3 },
  },
  {
    tag: "disciplined",
    stems: stems(
      "organi disciplin strict meticulous precise methodical teacher tutor sergeant строг дисциплин аккуратн учител",
    ),
    shift: { conscientiousness: 0.3, formality: 0.1, humour: -0.05 },
  },
  {
    tag: "chaotic",
    stems: stems("lazy chaotic messy spontaneous impulsive scatter ленив хаотичн спонтан"),
    shift: { conscientiousness: -0.3, humour: 0.05 },
  },
  {
    tag: "concise",
    stems: stems("concise brief terse laconic succinct direct= short= кратк лаконичн немногослов"),
    shift: { verbosity: -0.3 },
  },
  {
    tag: "talkative",
    stems: stems("talkative chatty verbose storytell detailed rambl болтлив разговорчив подробн"),
    shift: { verbosity: 0.3, extraversion: 0.15 },
  },
  {
    tag: "emoji",
    stems: stems("emoji emoticon смайл эмодзи"),
    shift: { emoji: 0.3 },
  },
  {
    tag: "serious",
    stems: stems("serious stoic solemn stern серьёзн серьезн суров"),
    shift: { humour: -0.25, emoji: -0.15, formality: 0.05 },
  },
  {
    tag: "gloomy",
    stems: stems("melanchol sad= sadness gloomy pessimist brooding goth мрачн грустн пессимист"),
    shift: { baselineValence: -0.2, neuroticism: 0.15, emoji: -0.1 },
  },
  {
    tag: "sunny",
    stems: stems("optimist positive sunny happy upbeat joyful оптимист позитивн радостн"),
    shift: { baselineValence: 0.2, neuroticism: -0.1 },
  },
];

const NEGATIONS = new Set([
  "not",
  "never",
  "no",
  "isn't",
  "isnt",
  "without",
  "don't",
  "dont",
  "doesn't",
  "doesnt",
  "less",
  "nor",
  "не",
  "без",
  "никогда",
]);

/** A stem matches at the word start; a trailing "=" demands the whole word ("fun=" ≠ "funny"). */
function stemMatches(word: string, stem: string): boolean {
  return stem.endsWith("=") ? word === stem.slice(0, -1) : word.startsWith(stem);
}

/** One lexicon hit: the entry and the sign (+1, or −0.5 when negated). */
export interface LexiconHit {
  readonly entry: LexiconEntry;
  readonly factor: number;
}

/**
 * Finds lexicon entries in a description, each counted once (the first occurrence decides
 * negation), in lexicon order so the result doesn't depend on word order.
 */
export function matchLexicon(description: string): LexiconHit[] {
  const words = description.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  const hits: LexiconHit[] = [];
  for (const entry of TRAIT_LEXICON) {
    const idx = words.findIndex((w) => entry.stems.some((s) => stemMatches(w, s)));
    if (idx < 0) continue;
    const window = words.slice(Math.max(0, idx - 2), idx);
    const negated = window.some((w) => NEGATIONS.has(w));
    hits.push({ entry, factor: negated ? -0.5 : 1 });
  }
  return hits;
}
