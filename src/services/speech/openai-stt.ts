/**
 * Speech-to-text on an OpenAI-compatible server (OpenAI, Groq, a local whisper server):
 * `POST {base}/audio/transcriptions` as multipart with `file` and `model`, JSON answer.
 */
import { audioEndpoint, type OpenAiAudioServer } from "./provider.ts";
import { SpeechError, type SpeechToText } from "./types.ts";

/** The reason in an OpenAI error envelope (`{"error":{"message",…}}`), or the raw body. */
export function errorDetail(body: string): { message: string; code?: string } {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown; code?: unknown } | string };
    const e = parsed.error;
    if (typeof e === "string") return { message: e };
    if (e && typeof e.message === "string") {
      return { message: e.message, code: typeof e.code === "string" ? e.code : undefined };
    }
  } catch {}
  return { message: body.slice(0, 300) };
}

/** Creates the transcriber; `baseUrl` is LLM_BASE_URL (ending in /v1 or the server's equivalent). */
export function createOpenAiSpeechToText(deps: OpenAiAudioServer): SpeechToText {
  const { url, headers, fetch: doFetch } = audioEndpoint(deps, "audio/transcriptions");
  return {
    provider: "openai",
    model: deps.model,
    async transcribe(audio, outer) {
      const form = new FormData();
      form.append("file", new Blob([audio.bytes], { type: audio.contentType }), audio.fileName);
      form.append("model", deps.model);
      // The one format every model takes (gpt-4o transcribers accept nothing else).
      form.append("response_format", "json");
      const deadline = AbortSignal.timeout(deps.timeoutMs);
      const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
      let res: Response;
      let body: string;
      try {
        res = await doFetch(url, { method: "POST", headers, body: form, signal });
        body = await res.text();
      } catch (err) {
        const why = deadline.aborted ? `no transcript within ${deps.timeoutMs} ms` : (err as Error).message;
        throw new SpeechError("unavailable", why);
      }
      if (!res.ok) {
        const detail = errorDetail(body);
        const refused = res.status >= 400 && res.status < 500 && res.status !== 429;
        throw new SpeechError(refused ? "rejected" : "unavailable", detail.message, res.status, detail);
      }
      // A server that ignores response_format may answer in plain text.
      if (!(res.headers.get("content-type") ?? "").includes("json")) return { text: body };
      try {
        const json = JSON.parse(body) as { text?: unknown; language?: unknown };
        if (typeof json.text !== "string") throw new Error("no text");
        return { text: json.text, language: typeof json.language === "string" ? json.language : undefined };
      } catch {
        throw new SpeechError("unavailable", "the transcription answer has no text", res.status);
      }
    },
  };
}
