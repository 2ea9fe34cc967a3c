/**
 * The OpenAPI 3.1 document of /api, generated from the endpoints' zod schemas with zod's own JSON
 * Schema output (OpenAPI 3.1 speaks JSON Schema 2020-12). Schemas named with `.meta({ id })` become
 * components; everything else is inlined where it is used.
 */
import { z } from "zod";
import { type Endpoint, errorSchema } from "./router.ts";

type JsonSchema = Record<string, unknown>;

/** Extra operations described here but served elsewhere (the sign-in lives with the live status). */
export interface ExtraOperation {
  method: string;
  path: string;
  summary: string;
  tag: string;
  body: z.ZodType;
  response: z.ZodType;
  errors: number[];
  public: true;
}

const STATUS_TEXT: Record<number, string> = {
  400: "The request is malformed (the message says which field)",
  401: "No token, or a wrong or expired one",
  403: "Not allowed",
  404: "Not found (or not yours)",
  409: "Conflicts with the current state",
  413: "Body too large",
  429: "Too many requests; see Retry-After",
  503: "Not available on this service",
};

/** Collects components while converting schemas, rewriting `$defs` references to them. */
function converter() {
  const components: Record<string, JsonSchema> = {};
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== "object") return value;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out[k] = v.replace("#/$defs/", "#/components/schemas/");
      else out[k] = rewrite(v);
    }
    return out;
  };
  const convert = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" }) as JsonSchema;
    const { $schema: _, $defs, ...rest } = json;
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      components[id] = rewrite(def) as JsonSchema;
    }
    // A schema that is itself a named component comes back as a reference to its own definition.
    return rewrite(rest) as JsonSchema;
  };
  return { components, convert };
}

/** The parameters of one location (path or query) from an object schema. */
function parameters(
  schema: z.ZodType | undefined,
  location: "path" | "query",
  convert: (s: z.ZodType) => JsonSchema,
) {
  if (!schema) return [];
  const json = convert(schema);
  const props = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** Builds the document. */
export function openApiDocument(options: {
  version: string;
  endpoints: Endpoint[];
  extra?: ExtraOperation[];
}): Record<string, unknown> {
  const { components, convert } = converter();
  const errorRef = convert(errorSchema, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponses = (codes: number[]) =>
    Object.fromEntries(
      codes.map((code) => [
        String(code),
        { description: STATUS_TEXT[code] ?? "Error", content: { "application/json": { schema: errorRef } } },
      ]),
    );
  const add = (method: string, path: string, operation: Record<string, unknown>) => {
    const openPath = path.replace(/:(\w+)/g, "{$1}");
    paths[openPath] ??= {};
    paths[openPath][method.toLowerCase()] = operation;
  };
  for (const e of options.endpoints) {
    const input = (s: z.ZodType) => convert(s, "input");
    add(e.method, e.path, {
      summary: e.summary,
      tags: [e.tag],
      operationId: `${e.method.toLowerCase()}${e.path.replace(/^\/api/, "").replace(/[/:-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(e.params, "path", input), ...parameters(e.query, "query", input)],
      ...(e.body
        ? { requestBody: { required: true, content: { "application/json": { schema: input(e.body) } } } }
        : {}),
      responses: {
        [String(e.status ?? 200)]: {
          description: "Success",
          content: { "application/json": { schema: convert(e.response, "output") } },
        },
        ...errorResponses([400, 401, ...(e.errors ?? []), 429].sort()),
      },
    });
  }
  for (const x of options.extra ?? []) {
    add(x.method, x.path, {
      summary: x.summary,
      tags: [x.tag],
      security: [],
      requestBody: { required: true, content: { "application/json": { schema: convert(x.body, "input") } } },
      responses: {
        "200": {
          description: "Success",
          content: { "application/json": { schema: convert(x.response, "output") } },
        },
        ...errorResponses(x.errors),
      },
    });
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Velro API",
      version: options.version,
      description:
        "What the Velro Mini App reads and changes. Sign in with POST /api/auth/telegram (Telegram Mini App initData) " +
        "or take a token from the bot's /token; send it as Authorization: Bearer <token>. Conversation happens over " +
        "the WebSocket at /ws (protocol version 2, see README).",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    tags: [...new Set([...options.endpoints, ...(options.extra ?? [])].map((e) => e.tag))].map((name) => ({
      name,
    })),
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
  };
}
