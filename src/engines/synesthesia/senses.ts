/**
 * Texture and sound of a feeling. Each emotion has textures and sounds of its own; the text's
 * imagery ("rain", "fire") brings its own first. Ids are the keys of `syn-texture-<id>` and
 * `syn-sound-<id>` in locales/<locale>/engines.ftl; the English here is for image prompts.
 */

export const TEXTURES: Record<string, string> = {
  velvet: "soft velvet",
  silk: "flowing silk",
  wool: "warm wool",
  linen: "plain linen",
  paper: "thin paper",
  glass: "cool glass",
  sandpaper: "rough sandpaper",
  static: "crackling static",
  mist: "damp mist",
  moss: "soft moss",
  "wet-stone": "wet stone",
  embers: "glowing embers",
  petals: "crushed petals",
  sand: "warm sand",
  snow: "fresh snow",
  bubbles: "fizzing bubbles",
  rust: "flaking rust",
  feathers: "drifting feathers",
  tar: "sticky tar",
};

export const SOUNDS: Record<string, string> = {
  bells: "ringing bells",
  birdsong: "birdsong",
  laughter: "distant laughter",
  guitar: "a strummed guitar",
  cello: "a low cello",
  rain: "rain on a window",
  piano: "a slow piano",
  drums: "pounding drums",
  thunder: "rolling thunder",
  heartbeat: "a racing heartbeat",
  wind: "howling wind",
  creak: "a creaking floor",
  chimes: "wind chimes",
  pizzicato: "plucked strings",
  buzz: "a buzzing fly",
  drip: "dripping water",
  hum: "a quiet hum",
  clock: "a ticking clock",
  waves: "waves on the shore",
  crackle: "a crackling fire",
  leaves: "rustling leaves",
  crickets: "crickets at night",
  hush: "the hush of falling snow",
};

/** Each emotion's own textures and sounds, most typical first. */
export const EMOTION_SENSES: Record<string, { textures: string[]; sounds: string[] }> = {
  anger: { textures: ["sandpaper", "embers", "static", "rust"], sounds: ["drums", "thunder", "crackle"] },
  disgust: { textures: ["tar", "rust", "wet-stone"], sounds: ["buzz", "drip"] },
  fear: { textures: ["static", "mist", "glass"], sounds: ["heartbeat", "creak", "wind"] },
  joy: {
    textures: ["silk", "bubbles", "petals", "feathers"],
    sounds: ["bells", "birdsong", "laughter", "guitar"],
  },
  sadness: { textures: ["wet-stone", "mist", "wool", "velvet"], sounds: ["cello", "rain", "piano"] },
  surprise: { textures: ["bubbles", "glass", "feathers"], sounds: ["chimes", "pizzicato"] },
  neutral: { textures: ["linen", "paper", "moss"], sounds: ["hum", "clock", "leaves"] },
};

/**
 * Two or three textures and two sounds: imagery's own first, then the strongest emotions' (the
 * second emotion only when it scores at least half the first), rotated by `seed` within each list.
 */
export function sensesOf(
  ranked: readonly { label: string; score: number }[],
  imagery: readonly { texture?: string; sound?: string }[],
  seed: number,
): { textures: string[]; sounds: string[] } {
  const textures: string[] = [];
  const sounds: string[] = [];
  for (const i of imagery) {
    if (i.texture && !textures.includes(i.texture) && textures.length < 1) textures.push(i.texture);
    if (i.sound && !sounds.includes(i.sound) && sounds.length < 1) sounds.push(i.sound);
  }
  const [first, second] = ranked;
  const sources = [first, ...(second && first && second.score >= first.score / 2 ? [second] : [])];
  let turn = seed;
  const take = (list: string[], into: string[], max: number) => {
    const start = turn % list.length;
    turn = Math.floor(turn / 7) + 1;
    for (let k = 0; k < list.length && into.length < max; k++) {
      const id = list[(start + k) % list.length]!;
      if (!into.includes(id)) {
        into.push(id);
        // One from each source before a second from the same.
        if (sources.length > 1) break;
      }
    }
  };
  for (let round = 0; round < 3 && (textures.length < 3 || sounds.length < 2); round++) {
    for (const s of sources) {
      const senses = EMOTION_SENSES[s?.label ?? "neutral"] ?? EMOTION_SENSES.neutral!;
      take(senses.textures, textures, 3);
      take(senses.sounds, sounds, 2);
    }
  }
  return { textures, sounds };
}
