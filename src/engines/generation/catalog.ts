/**
 * The generation catalogue as data: every model Velro sells, its kind, its price in credits, the
 * aspect ratios its FAL input schema accepts and how a request becomes the model's input.
 * Endpoint ids can be overridden by configuration because FAL renames and retires models.
 */

export type GenerationKind = "image" | "video";

/**
 * What a request asks for, which decides the models offered: an image or a video from words, a
 * photo edited, or a photo brought to life (a video from the photo).
 */
export type GenerationMode = GenerationKind | "edit" | "animate";

export interface ModelSpec {
  /** Stable key used in config overrides, callback data and job rows. */
  key: string;
  name: string;
  kind: GenerationKind;
  /**
   * True when the model works from a photo the user sends (it needs `image_url`): an image model
   * edits it (/edit), a video model brings it to life (/animate).
   */
  edit: boolean;
  credits: number;
  endpoint: string;
  /** Aspect ratios the model accepts; empty when its schema has no aspect parameter. */
  aspectRatios: readonly string[];
  defaultAspect?: string;
  /** Fixed extra input fields (duration, format…) merged under the request's own fields. */
  extra: Readonly<Record<string, unknown>>;
}

const FLUX_RATIOS = ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21", "3:2", "2:3"] as const;

/** The models Velro sells, in the order /models lists them. */
export const MODELS: readonly ModelSpec[] = [
  {
    key: "flux-ultra",
    name: "FLUX1.1 [pro] ultra",
    kind: "image",
    edit: false,
    credits: 50,
    endpoint: "fal-ai/flux-pro/v1.1-ultra",
    aspectRatios: FLUX_RATIOS,
    defaultAspect: "1:1",
    extra: { num_images: 1, output_format: "jpeg" },
  },
  {
    key: "kontext-max",
    name: "FLUX.1 Kontext [max]",
    kind: "image",
    edit: true,
    credits: 60,
    endpoint: "fal-ai/flux-pro/kontext/max",
    // Edits keep the photo's own shape unless asked; the schema makes aspect_ratio optional.
    aspectRatios: [],
    extra: { num_images: 1, output_format: "jpeg" },
  },
  {
    // The same model from words alone (its edit endpoint above needs a photo).
    key: "kontext-max-t2i",
    name: "FLUX.1 Kontext [max]",
    kind: "image",
    edit: false,
    credits: 60,
    endpoint: "fal-ai/flux-pro/kontext/max/text-to-image",
    aspectRatios: FLUX_RATIOS,
    defaultAspect: "1:1",
    extra: { num_images: 1, output_format: "jpeg" },
  },
  {
    key: "imagen4-ultra",
    name: "Imagen 4 Ultra",
    kind: "image",
    edit: false,
    credits: 45,
    endpoint: "fal-ai/imagen4/preview/ultra",
    aspectRatios: ["1:1", "16:9", "9:16", "4:3", "3:4"],
    defaultAspect: "1:1",
    extra: { num_images: 1 },
  },
  {
    key: "veo3",
    name: "Veo 3",
    kind: "video",
    edit: false,
    credits: 500,
    endpoint: "fal-ai/veo3",
    aspectRatios: ["16:9", "9:16"],
    defaultAspect: "16:9",
    extra: { duration: "8s", generate_audio: true },
  },
  {
    key: "hailuo-02-pro",
    name: "MiniMax Hailuo-02 Pro",
    kind: "video",
    edit: false,
    credits: 400,
    endpoint: "fal-ai/minimax/hailuo-02/pro/text-to-video",
    aspectRatios: [],
    extra: { prompt_optimizer: true },
  },
  {
    key: "kling-2.1-master",
    name: "Kling 2.1 Master",
    kind: "video",
    edit: false,
    credits: 350,
    endpoint: "fal-ai/kling-video/v2.1/master/text-to-video",
    aspectRatios: ["16:9", "9:16", "1:1"],
    defaultAspect: "16:9",
    extra: { duration: "5" },
  },
  {
    key: "wan-pro",
    name: "Wan Pro",
    kind: "video",
    edit: false,
    credits: 300,
    endpoint: "fal-ai/wan-pro/text-to-video",
    aspectRatios: [],
    extra: { enable_safety_checker: true },
  },
  // Image-to-video: the video models above, animating a photo. The photo sets the frame, so none
  // offers an aspect ratio (Veo's "auto" keeps the photo's); prices follow the same FAL prices.
  {
    // fal-ai/veo3/image-to-video is gone from FAL's current client types; 3.1 is its successor.
    key: "veo3-i2v",
    name: "Veo 3.1",
    kind: "video",
    edit: true,
    credits: 500,
    endpoint: "fal-ai/veo3.1/image-to-video",
    aspectRatios: [],
    extra: { duration: "8s", generate_audio: true, aspect_ratio: "auto" },
  },
  {
    key: "hailuo-02-pro-i2v",
    name: "MiniMax Hailuo-02 Pro",
    kind: "video",
    edit: true,
    credits: 400,
    endpoint: "fal-ai/minimax/hailuo-02/pro/image-to-video",
    aspectRatios: [],
    extra: { prompt_optimizer: true },
  },
  {
    key: "kling-2.1-master-i2v",
    name: "Kling 2.1 Master",
    kind: "video",
    edit: true,
    credits: 350,
    endpoint: "fal-ai/kling-video/v2.1/master/image-to-video",
    aspectRatios: [],
    extra: { duration: "5" },
  },
  {
    key: "wan-pro-i2v",
    name: "Wan Pro",
    kind: "video",
    edit: true,
    credits: 300,
    endpoint: "fal-ai/wan-pro/image-to-video",
    aspectRatios: [],
    extra: { enable_safety_checker: true },
  },
];

/** The mode a model serves: words to image or video, a photo edited, or a photo animated. */
export const modeOf = (m: Pick<ModelSpec, "kind" | "edit">): GenerationMode =>
  m.edit ? (m.kind === "video" ? "animate" : "edit") : m.kind;

/**
 * What an animation asks of the model when the user did not say what should move. Models read
 * English best, so this stays English whatever the user's language.
 */
export const DEFAULT_MOTION_PROMPT =
  "Bring this photo to life with natural, gentle motion and a subtle camera movement; keep the subject and its details unchanged";

/** A FAL endpoint the chat calls for the user (not a creation), with its price per use. */
export interface ServiceModelSpec {
  key: string;
  name: string;
  endpoint: string;
  credits: number;
}

/**
 * Speech-to-text for voice and video notes. Telegram voice notes are OGG/Opus: ElevenLabs' schema
 * takes them, while Wizper's lists no OGG (it can still be chosen through FAL_MODELS). Free by
 * default: a transcription costs a fraction of a cent, and the reply it leads to is the product.
 */
export const STT_SPEC: ServiceModelSpec = {
  key: "stt",
  name: "ElevenLabs Scribe",
  endpoint: "fal-ai/elevenlabs/speech-to-text",
  credits: 0,
};

/**
 * Seeing photos when FAL is the only provider: FAL's OpenRouter vision route (the model it runs is
 * LLM_VISION_MODEL's, or Gemini 2.5 Flash). Free by default, like transcription: a look at a photo
 * costs a fraction of a cent.
 */
export const VISION_SPEC: ServiceModelSpec = {
  key: "vision",
  name: "OpenRouter vision",
  endpoint: "openrouter/router/vision",
  credits: 0,
};

/**
 * Text-to-speech for voice replies. MiniMax Speech-02 Turbo speaks the most of Velro's languages
 * of FAL's voices at $0.06 per 1000 characters and returns MP3, which is re-encoded as Ogg/Opus
 * for Telegram; Kokoro (WAV, English-centred) and Gemini TTS (Ogg/Opus itself) can be chosen
 * through FAL_MODELS. `credits` is per started 500 characters (TTS_CREDITS overrides it).
 */
export const TTS_SPEC: ServiceModelSpec = {
  key: "tts",
  name: "MiniMax Speech-02 Turbo",
  endpoint: "fal-ai/minimax/speech-02-turbo",
  credits: 1,
};

/** The catalogue with configured endpoint overrides applied; unknown override keys are reported. */
export function createCatalog(overrides: Record<string, string> = {}) {
  const models = MODELS.map((m) => ({ ...m, endpoint: overrides[m.key] ?? m.endpoint }));
  const byKey = new Map(models.map((m) => [m.key, m]));
  const stt: ServiceModelSpec = { ...STT_SPEC, endpoint: overrides.stt ?? STT_SPEC.endpoint };
  const tts: ServiceModelSpec = { ...TTS_SPEC, endpoint: overrides.tts ?? TTS_SPEC.endpoint };
  const vision: ServiceModelSpec = { ...VISION_SPEC, endpoint: overrides.vision ?? VISION_SPEC.endpoint };
  return {
    models: models as readonly ModelSpec[],
    stt,
    tts,
    vision,
    unknownOverrides: Object.keys(overrides).filter(
      (k) => !byKey.has(k) && k !== stt.key && k !== tts.key && k !== vision.key,
    ),
    get: (key: string): ModelSpec | undefined => byKey.get(key),
    /** Models a user can pick for a request mode. */
    choices: (mode: GenerationMode): ModelSpec[] => models.filter((m) => modeOf(m) === mode),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;

export interface GenerationRequestInput {
  prompt: string;
  aspectRatio?: string;
  /** A FAL storage URL of the photo to edit or animate (never a Telegram file URL: it holds the bot token). */
  imageUrl?: string;
}

/** The aspect ratio actually sent: the asked one when the model accepts it, else its default. */
export function effectiveAspect(model: ModelSpec, asked?: string): string | undefined {
  if (model.aspectRatios.length === 0) return undefined;
  return asked && model.aspectRatios.includes(asked) ? asked : model.defaultAspect;
}

/** Builds the model's FAL input from a request, following each model's own input schema (FAL's models name the same things differently). */
export function buildInput(model: ModelSpec, req: GenerationRequestInput): Record<string, unknown> {
  const input: Record<string, unknown> = { ...model.extra, prompt: req.prompt };
  const aspect = effectiveAspect(model, req.aspectRatio);
  if (aspect) input.aspect_ratio = aspect;
  if (model.edit) {
    if (!req.imageUrl) throw new Error(`${model.key} needs an image_url`);
    input.image_url = req.imageUrl;
  }
  return input;
}

export interface GenerationOutput {
  kind: GenerationKind;
  url: string;
  contentType?: string;
  fileSize?: number;
  width?: number;
  height?: number;
}

type FileLike = {
  url?: unknown;
  content_type?: unknown;
  file_size?: unknown;
  width?: unknown;
  height?: unknown;
};

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Picks the delivered file out of a model's output, or null when the output has none. */
export function extractOutput(kind: GenerationKind, data: unknown): GenerationOutput | null {
  const d = (data ?? {}) as { images?: FileLike[]; image?: FileLike; video?: FileLike };
  const file = kind === "video" ? d.video : (d.images?.[0] ?? d.image);
  if (!file || typeof file.url !== "string" || file.url === "") return null;
  return {
    kind,
    url: file.url,
    contentType: typeof file.content_type === "string" ? file.content_type : undefined,
    fileSize: num(file.file_size),
    width: num(file.width),
    height: num(file.height),
  };
}

export interface CreditPack {
  key: string;
  title: string;
  stars: number;
  credits: number;
}

/** Credit packs sold for Telegram Stars (XTR, one price each). */
export const CREDIT_PACKS: readonly CreditPack[] = [
  { key: "s", title: "250 credits", stars: 50, credits: 250 },
  { key: "m", title: "1,500 credits", stars: 250, credits: 1_500 },
  { key: "l", title: "7,000 credits", stars: 1_000, credits: 7_000 },
];
