/**
 * Imagery words: colours and pieces of nature a text names, in the 12 languages, each with the
 * colour it brings to the palette and, for nature words, a texture or sound. Matching is by whole
 * word, or by word start for entries ending in "*" (inflected forms: "красного", "grünen").
 * Arabic and Persian words are also tried without an attached "and"/"the"/"with".
 */

export interface ImageryEntry {
  id: string;
  /** English words for the image prompt. */
  en: string;
  h: number;
  s: number;
  l: number;
  texture?: string;
  sound?: string;
  /** Words in every language, space-separated; "*" marks a word start. */
  words: string;
}

export const IMAGERY: readonly ImageryEntry[] = [
  {
    id: "red",
    en: "red",
    h: 2,
    s: 0.8,
    l: 0.45,
    words:
      "red красн* червон* rojo roja rojos rojas vermelho vermelha rot rote roten roter rotes rouge rouges rosso rossa rossi rosse kırmızı merah قرمز أحمر احمر حمراء",
  },
  {
    id: "orange",
    en: "orange",
    h: 28,
    s: 0.85,
    l: 0.52,
    words: "orange оранжев* помаранчев* naranja laranja arancione turuncu oranye jingga نارنجی برتقالي",
  },
  {
    id: "yellow",
    en: "yellow",
    h: 54,
    s: 0.9,
    l: 0.55,
    words:
      "yellow жёлт* желт* жовт* amarillo amarilla amarelo amarela gelb gelbe gelben jaune jaunes giallo gialla sarı kuning زرد أصفر اصفر صفراء",
  },
  {
    id: "green",
    en: "green",
    h: 125,
    s: 0.55,
    l: 0.42,
    words: "green зелен* зелён* verde verdes grün grüne grünen vert verte yeşil hijau سبز أخضر اخضر خضراء",
  },
  {
    id: "blue",
    en: "blue",
    h: 220,
    s: 0.7,
    l: 0.45,
    words:
      "blue синий синяя синее синие синего синь голуб* блакитн* azul azules blau blaue blauen bleu bleue blu azzurro mavi biru آبی أزرق ازرق زرقاء",
  },
  {
    id: "purple",
    en: "purple",
    h: 280,
    s: 0.55,
    l: 0.45,
    words:
      "purple violet фиолетов* фіолетов* пурпур* morado morada púrpura roxo roxa lila violett mauve viola mor ungu بنفش أرجواني بنفسجي",
  },
  {
    id: "pink",
    en: "pink",
    h: 335,
    s: 0.7,
    l: 0.72,
    words: "pink розов* рожев* rosa rosado rose roses pembe merah-muda صورتی وردي",
  },
  {
    id: "black",
    en: "black",
    h: 230,
    s: 0.15,
    l: 0.1,
    words:
      "black чёрн* черн* чорн* negro negra preto preta schwarz schwarze noir noire nero nera siyah kara hitam سیاه أسود اسود سوداء",
  },
  {
    id: "white",
    en: "white",
    h: 45,
    s: 0.2,
    l: 0.94,
    words:
      "white белый белая белое белые белого белом білий біла біле білі білого blanco blanca branco branca weiß weiss weiße blanc blanche bianco bianca beyaz putih سفید أبيض ابيض بيضاء",
  },
  {
    id: "grey",
    en: "grey",
    h: 210,
    s: 0.08,
    l: 0.55,
    words:
      "grey gray серый серая серое серые серого сірий сіра сіре сірі gris gris cinza grau graue grigio grigia gri abu-abu خاکستری رمادي",
  },
  {
    id: "gold",
    en: "gold",
    h: 45,
    s: 0.85,
    l: 0.5,
    words:
      "gold golden золот* oro dorado dorada ouro dourado goldene doré dorée oro dorato altın emas keemasan طلایی ذهبي",
  },
  {
    id: "silver",
    en: "silver",
    h: 210,
    s: 0.1,
    l: 0.75,
    words:
      "silver серебр* срібл* plata plateado prata prateado silbern argent argenté argento gümüş perak نقره‌ای نقره فضي فضة",
  },
  {
    id: "brown",
    en: "brown",
    h: 25,
    s: 0.45,
    l: 0.3,
    words:
      "brown коричнев* marrón marron castaño castanho braun braune brun brune marrone kahverengi coklat قهوه‌ای بني",
  },
  {
    id: "sea",
    en: "the sea",
    h: 195,
    s: 0.65,
    l: 0.42,
    sound: "waves",
    words:
      "sea ocean beach waves море моря морем морю морской морская океан* пляж* волны волна хвилі mar océano oceano playa praia meer ozean strand mer océan plage mare oceano spiaggia deniz okyanus pantai samudra دریا اقیانوس ساحل بحر محيط شاطئ",
  },
  {
    id: "sky",
    en: "the open sky",
    h: 205,
    s: 0.6,
    l: 0.7,
    texture: "feathers",
    words: "sky небо неба небе cielo céu himmel ciel gökyüzü gök langit آسمان سماء السماء",
  },
  {
    id: "sun",
    en: "sunlight",
    h: 48,
    s: 0.95,
    l: 0.6,
    texture: "sand",
    words:
      "sun sunny sunshine солнц* сонц* sol soleado sonne sonnig soleil soleggiato güneş matahari خورشید آفتاب شمس",
  },
  {
    id: "rain",
    en: "rain",
    h: 210,
    s: 0.3,
    l: 0.5,
    texture: "mist",
    sound: "rain",
    words:
      "rain raining rainy дожд* дощ* lluvia llueve chuva chove regen regnet pluie pleut pioggia piove yağmur hujan باران مطر",
  },
  {
    id: "snow",
    en: "snow",
    h: 205,
    s: 0.25,
    l: 0.92,
    texture: "snow",
    sound: "hush",
    words: "snow snowing снег* снеж* сніг* nieve neve schnee neige neve kar salju برف ثلج",
  },
  {
    id: "forest",
    en: "a forest",
    h: 135,
    s: 0.5,
    l: 0.3,
    texture: "moss",
    sound: "leaves",
    words:
      "forest woods trees лес леса лесу лесом лесной лесная ліс лісі лісу лісом bosque floresta wald wälder forêt bosco foresta orman hutan جنگل غابة",
  },
  {
    id: "night",
    en: "night",
    h: 235,
    s: 0.45,
    l: 0.14,
    sound: "crickets",
    words:
      "night midnight ночь ночи ночью ніч ночі noche noite nacht nachts nuit notte gece malam شب ليل الليل ليلة",
  },
  {
    id: "fire",
    en: "fire",
    h: 15,
    s: 0.95,
    l: 0.5,
    texture: "embers",
    sound: "crackle",
    words:
      "fire flames огонь огня пожар* вогонь вогню fuego fogo feuer flammen feu flammes fuoco fiamme ateş alev آتش نار النار",
  },
  {
    id: "flower",
    en: "flowers",
    h: 320,
    s: 0.6,
    l: 0.7,
    texture: "petals",
    words:
      "flower flowers bloom цветы цветок цветов цветами квіти квітка квітів flor flores blume blumen fleur fleurs fiore fiori çiçek* bunga گل زهرة زهور",
  },
  {
    id: "moon",
    en: "moonlight",
    h: 220,
    s: 0.2,
    l: 0.82,
    texture: "glass",
    words: "moon moonlight лун* luna lua mond lune bulan قمر القمر",
  },
  {
    id: "storm",
    en: "a storm",
    h: 240,
    s: 0.35,
    l: 0.25,
    texture: "static",
    sound: "thunder",
    words:
      "storm thunder lightning гроз* шторм* гром грома грім tormenta trueno tempestade trovão sturm gewitter donner orage tempête tonnerre tempesta temporale tuono fırtına gök-gürültüsü badai petir طوفان رعد عاصفة رعد",
  },
  {
    id: "autumn",
    en: "autumn leaves",
    h: 28,
    s: 0.7,
    l: 0.42,
    sound: "leaves",
    words:
      "autumn fall-leaves leaves осен* осін* листь* листоп* otoño hojas outono folhas herbst blätter automne feuilles autunno foglie sonbahar yaprak* musim-gugur daun پاییز برگ خريف أوراق",
  },
  {
    id: "dawn",
    en: "dawn light",
    h: 20,
    s: 0.75,
    l: 0.68,
    words:
      "dawn sunrise sunset dusk рассвет* закат* світан* захід amanecer atardecer amanhecer pôr-do-sol morgenrot sonnenaufgang sonnenuntergang aube aurore coucher alba tramonto şafak gün-batımı fajar senja طلوع غروب فجر غروب",
  },
  {
    id: "ice",
    en: "ice",
    h: 195,
    s: 0.35,
    l: 0.85,
    texture: "glass",
    sound: "chimes",
    words:
      "ice frozen frost лёд льда лед* мороз* крига лід hielo helado gelo congelado eis gefroren glace gelé ghiaccio buz beku یخ جليد",
  },
  {
    id: "wind",
    en: "wind",
    h: 190,
    s: 0.15,
    l: 0.7,
    texture: "feathers",
    sound: "wind",
    words: "wind windy ветер ветр* вітер вітр* viento vento wind windig ventoso rüzgar angin باد رياح ريح",
  },
];

interface Compiled {
  whole: Map<string, number[]>;
  /** Word starts by their first two letters, longest first within each. */
  starts: Map<string, [string, number][]>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const whole = new Map<string, number[]>();
  const starts = new Map<string, [string, number][]>();
  IMAGERY.forEach((entry, i) => {
    for (const w of entry.words.split(" ")) {
      if (!w) continue;
      if (!w.endsWith("*")) {
        whole.set(w, [...(whole.get(w) ?? []), i]);
        continue;
      }
      const stem = w.slice(0, -1);
      const list = starts.get(stem.slice(0, 2)) ?? [];
      list.push([stem, i]);
      starts.set(stem.slice(0, 2), list);
    }
  });
  // Longest first, so a longer stem wins over a shorter one that also matches.
  for (const list of starts.values()) list.sort((a, b) => b[0].length - a[0].length);
  compiled = { whole, starts };
  return compiled;
}

const ARABIC_PREFIX = /^(?:وال|بال|لل|ال|و|ب|ل|ف)(?=\p{L}{2})/u;

/** Imagery entries a text names, in order of first mention, each once. */
export function findImagery(text: string): ImageryEntry[] {
  const { whole, starts } = compile();
  const words =
    text
      .toLowerCase()
      .normalize("NFC")
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  const found: number[] = [];
  const add = (i: number) => {
    if (!found.includes(i)) found.push(i);
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const pair = k + 1 < words.length ? `${w}-${words[k + 1]}` : "";
    const candidates = [w, pair, w.replace(ARABIC_PREFIX, "")];
    let hit = false;
    for (const c of candidates) {
      const ids = c ? whole.get(c) : undefined;
      if (ids) {
        for (const i of ids) add(i);
        hit = true;
      }
    }
    if (hit || w.length < 3) continue;
    for (const [stem, i] of starts.get(w.slice(0, 2)) ?? []) {
      if (w.startsWith(stem)) {
        add(i);
        break;
      }
    }
  }
  return found.map((i) => IMAGERY[i]!);
}
