/** Small helpers for JSON responses and bounded JSON request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/** Reads a JSON body of at most `limit` bytes. */
export async function readJson(req: IncomingMessage, limit = 64 * 1024): Promise<BodyResult> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) return { ok: false, status: 415, error: 'send a JSON body (content-type: application/json)' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) return { ok: false, status: 413, error: `body larger than ${limit} bytes` };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, status: 400, error: 'body is not valid JSON' };
  }
}
