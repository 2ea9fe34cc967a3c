import type { EmotionLabel } from "./labels.ts";

/*
 * Hand-curated cue lists. GoEmotions has under a thousand comments with emoji, far too few for
 * the model to learn most of them, so each emoji and emoticon also emits a shared LEX_<emotion>
 * feature: what the model learns from the frequent ones (😂, 😭, 😡) transfers to the rare ones.
 */

/** Emoji mapped to the Ekman emotion they most often express in chat. */
export const EMOJI_EMOTION: ReadonlyMap<string, EmotionLabel> = new Map<string, EmotionLabel>([
  ...[
    ..."😂🤣😆😄😁😀😃😊☺🙂😍🥰😘😗😙😚❤♥💕💖💗💓💞💜💙💚💛🧡🤍😎🥳🎉👏🙌👍👌💯🔥✨🙏🤗😋😜😝😛🤩💪🌞😇🥲✌💃",
  ].map((e) => [e, "joy"] as const),
  ...[..."😢😭😔😞😟☹🙁😿💔😥😪🥺😩😫"].map((e) => [e, "sadness"] as const),
  ...[..."😡😠🤬👿💢😤🖕🙄😒"].map((e) => [e, "anger"] as const),
  ...[..."🤢🤮😷💩🤧"].map((e) => [e, "disgust"] as const),
  ...[..."😨😰😱😧😦🫣😬"].map((e) => [e, "fear"] as const),
  ...[..."😮😯😲🤯😳🤔😵👀⁉❗❓"].map((e) => [e, "surprise"] as const),
]);

/**
 * ASCII emoticons with their emotion. Matched case-sensitively on the raw text before
 * lower-casing, because ":D" and ":d" or "XD" and "xd" differ in how deliberate they are.
 * Letter-led ones other than XD are left out: "D:" or "o_O" collide with ordinary words.
 */
export const EMOTICONS: ReadonlyArray<readonly [string, EmotionLabel]> = [
  [">:(", "anger"],
  [">:-(", "anger"],
  [">:[", "anger"],
  [":'(", "sadness"],
  [":'-(", "sadness"],
  [":-(", "sadness"],
  [":(", "sadness"],
  [":[", "sadness"],
  ["):", "sadness"],
  [";_;", "sadness"],
  ["</3", "sadness"],
  [":-)", "joy"],
  [":)", "joy"],
  ["(:", "joy"],
  ["=)", "joy"],
  [":]", "joy"],
  [":-D", "joy"],
  [":D", "joy"],
  ["xD", "joy"],
  ["XD", "joy"],
  [";-)", "joy"],
  [";)", "joy"],
  [":P", "joy"],
  [":p", "joy"],
  ["^_^", "joy"],
  ["<3", "joy"],
  [":O", "surprise"],
  [":o", "surprise"],
  [":-O", "surprise"],
  [":S", "fear"],
  [":/", "anger"],
  [":-/", "anger"],
  ["-_-", "anger"],
  [":|", "neutral"],
];

/** Words that open a negation scope; "n't" contractions are caught separately by suffix. */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "nothing",
  "nobody",
  "none",
  "neither",
  "nor",
  "nowhere",
  "hardly",
  "barely",
  "without",
  "dont",
  "cant",
  "wont",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "didnt",
  "doesnt",
  "havent",
  "hasnt",
  "couldnt",
  "shouldnt",
  "wouldnt",
  "aint",
  "nah",
]);

/** Words that end a negation scope early ("not bad but awful" flips back after "but"). */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set(["but", "however", "although", "though", "yet"]);

/** Degree adverbs that raise intensity; they lift arousal and mark the next word as emphasised. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  "so",
  "very",
  "really",
  "extremely",
  "super",
  "totally",
  "absolutely",
  "incredibly",
  "insanely",
  "utterly",
  "truly",
  "completely",
  "terribly",
  "awfully",
  "fucking",
  "damn",
  "bloody",
  "such",
  "too",
  "most",
  "highly",
  "deeply",
  "seriously",
]);

/** Degree adverbs that soften ("a bit sad"); they lower arousal. */
export const DIMINISHERS: ReadonlySet<string> = new Set([
  "slightly",
  "somewhat",
  "kinda",
  "kind",
  "sorta",
  "bit",
  "little",
  "mildly",
  "fairly",
  "rather",
  "barely",
]);

/** How many words after a negator the negation reaches, unless punctuation or "but" ends it first. */
export const NEGATION_SCOPE = 3;
