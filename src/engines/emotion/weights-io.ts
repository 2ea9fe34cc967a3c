import { readFileSync } from "node:fs";
import { assetUrl } from "../../assets.ts";
import type { FeatureConfig } from "./features.ts";
import type { EmotionModel, MlpMember, QuantizedTable } from "./model.ts";

/*
 * File layout: 8-byte magic, u32 LE header length, a JSON header, then a blob region. Tables are
 * stored sparsely (delta-varint row ids, float32 row scales, int8 rows) because most hash buckets
 * are never hit; small dense arrays live in the JSON header as numbers.
 */

const MAGIC = "VELROEM1";

/** Where the shipped weights live, next to this module. */
export const DEFAULT_WEIGHTS_URL = assetUrl("engines/emotion/weights.bin");

interface BlobRef {
  offset: number;
  length: number;
}

interface TableHeader {
  bits: number;
  dim: number;
  count: number;
  rows: BlobRef;
  scale: BlobRef;
  q: BlobRef;
}

interface MemberHeader {
  embeddings: TableHeader;
  hiddenBias: number[];
  output: number[];
  outputBias: number[];
}

interface FileHeader {
  format: "velro-emotion";
  version: 1;
  features: FeatureConfig;
  thresholds: number[];
  /** Absent in files written before calibration existed. */
  calibration?: number[];
  members: MemberHeader[];
  meta: Record<string, unknown>;
}

class BlobWriter {
  private chunks: Uint8Array[] = [];
  private size = 0;

  push(bytes: Uint8Array): BlobRef {
    const ref = { offset: this.size, length: bytes.length };
    this.chunks.push(bytes);
    this.size += bytes.length;
    return ref;
  }

  concat(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return out;
}

function readFloat32(bytes: Uint8Array, ref: BlobRef): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset + ref.offset, ref.length);
  const out = new Float32Array(ref.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

function writeTable(t: QuantizedTable, w: BlobWriter): TableHeader {
  const rowBytes: number[] = [];
  const scales: number[] = [];
  const q: number[] = [];
  let prev = 0;
  for (let r = 0; r < 1 << t.bits; r++) {
    const row = t.rowOf ? t.rowOf[r]! : r;
    if (row < 0 || t.scale[row] === 0) continue;
    // Bucket ids ascend, so gaps are small and a LEB128 varint of the gap is mostly one byte.
    let gap = r - prev;
    prev = r;
    while (gap >= 0x80) {
      rowBytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    rowBytes.push(gap);
    scales.push(t.scale[row]!);
    for (let d = 0; d < t.dim; d++) q.push(t.q[row * t.dim + d]! & 0xff);
  }
  return {
    bits: t.bits,
    dim: t.dim,
    count: scales.length,
    rows: w.push(Uint8Array.from(rowBytes)),
    scale: w.push(float32Bytes(scales)),
    q: w.push(Uint8Array.from(q)),
  };
}

/** Loads a table compact: the rows stay where they are in the file, plus a bucket → row index. */
function readTable(h: TableHeader, blobs: Uint8Array): QuantizedTable {
  const rowOf = new Int32Array(1 << h.bits).fill(-1);
  const ids = blobs.subarray(h.rows.offset, h.rows.offset + h.rows.length);
  const scale = readFloat32(blobs, h.scale);
  const q = new Int8Array(blobs.buffer, blobs.byteOffset + h.q.offset, h.q.length);
  let at = 0;
  let bucket = 0;
  for (let k = 0; k < h.count; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = ids[at++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    bucket += gap;
    rowOf[bucket] = k;
  }
  return { bits: h.bits, dim: h.dim, q, scale, rowOf };
}

/** Serialise a model into the compact binary weights format. */
export function encodeModel(model: EmotionModel): Uint8Array {
  const w = new BlobWriter();
  const members: MemberHeader[] = model.members.map((m) => ({
    embeddings: writeTable(m.embeddings, w),
    hiddenBias: [...m.hiddenBias],
    output: [...m.output],
    outputBias: [...m.outputBias],
  }));
  const header: FileHeader = {
    format: "velro-emotion",
    version: 1,
    features: model.features,
    thresholds: [...model.thresholds],
    ...(model.calibration ? { calibration: [...model.calibration] } : {}),
    members,
    meta: model.meta,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const blobs = w.concat();
  const out = new Uint8Array(MAGIC.length + 4 + json.length + blobs.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  out.set(blobs, MAGIC.length + 4 + json.length);
  return out;
}

/** Parse the binary weights format, rejecting files that are not ours or of another version. */
export function decodeModel(bytes: Uint8Array): EmotionModel {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error("not a Velro emotion weights file");
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true);
  const start = MAGIC.length + 4;
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(start, start + headerLength)),
  ) as FileHeader;
  if (header.format !== "velro-emotion" || header.version !== 1)
    throw new Error("unsupported weights version");
  const blobs = bytes.subarray(start + headerLength);
  const members = header.members.map(
    (m): MlpMember => ({
      embeddings: readTable(m.embeddings, blobs),
      hiddenBias: Float32Array.from(m.hiddenBias),
      output: Float32Array.from(m.output),
      outputBias: Float32Array.from(m.outputBias),
    }),
  );
  return {
    features: header.features,
    members,
    thresholds: Float32Array.from(header.thresholds),
    ...(header.calibration ? { calibration: Float32Array.from(header.calibration) } : {}),
    meta: header.meta,
  };
}

let cached: EmotionModel | undefined;

/** Load (once per process) the weights shipped in the repository. */
export function loadDefaultModel(): EmotionModel {
  cached ??= decodeModel(new Uint8Array(readFileSync(DEFAULT_WEIGHTS_URL)));
  return cached;
}
