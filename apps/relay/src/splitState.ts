/**
 * A large sync reply as several messages. y-websocket's client closes a connection that has
 * received no message for 30 s (`messageReconnectTimeout`), and a WebSocket message counts only
 * once it has fully arrived: one 20 MB sync step 2 over a slow link is never received, and the
 * client reconnects for ever. So a reply larger than a chunk goes out as Yjs updates of about
 * `maxBytes` each, then a sync step 2 holding only the delete set (which marks the client synced).
 *
 * The parts are in causal order: every struct comes after the structs it refers to (its left
 * and right origins, its parent item, the struct before it of the same client), so each part
 * integrates completely as it arrives. Yjs would accept any order, but parts whose references
 * are still missing are kept pending and re-applied on every later part, quadratic in the board.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Struct = Y.Item | Y.GC;

/** The structs of `update`, per client in clock order. */
function structsByClient(update: Uint8Array): Map<number, Struct[]> {
  const byClient = new Map<number, Struct[]>();
  for (const struct of Y.decodeUpdate(update).structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return byClient;
}

/** Where the struct holding `id` is: its client and index, or null when the update does not hold it (the receiver has it). */
function locate(byClient: Map<number, Struct[]>, id: Y.ID): [number, number] | null {
  const list = byClient.get(id.client);
  if (!list) return null;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = list[mid] as Struct;
    if (id.clock < struct.id.clock) high = mid - 1;
    else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
    else return [id.client, mid];
  }
  return null;
}

/** The ids a struct refers to, which must be integrated before it. */
function references(struct: Struct): Y.ID[] {
  if (!(struct instanceof Y.Item)) return [];
  const ids: Y.ID[] = [];
  if (struct.origin) ids.push(struct.origin);
  if (struct.rightOrigin) ids.push(struct.rightOrigin);
  if (struct.parent instanceof Y.ID) ids.push(struct.parent);
  return ids;
}

/** Every struct of `byClient` once, each after the structs it refers to (iterative: causal chains can be long). */
function causalOrder(byClient: Map<number, Struct[]>): Struct[] {
  const emitted = new Map<number, number>();
  const order: Struct[] = [];
  for (const [client, list] of byClient) {
    const stack: [number, number][] = [[client, list.length - 1]];
    while (stack.length > 0) {
      const [c, index] = stack[stack.length - 1] as [number, number];
      const done = emitted.get(c) ?? 0;
      if (done > index) {
        stack.pop();
        continue;
      }
      const next = (byClient.get(c) as Struct[])[done] as Struct;
      const missing = references(next)
        .map((id) => locate(byClient, id))
        .find((at): at is [number, number] => at !== null && (emitted.get(at[0]) ?? 0) <= at[1]);
      if (missing) {
        stack.push(missing);
      } else {
        order.push(next);
        emitted.set(c, done + 1);
      }
    }
  }
  return order;
}

/** One Yjs update (format v1) holding `runs` (per client, consecutive structs) and no deletions. */
function encodeRuns(runs: Map<number, Struct[]>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, runs.size);
  for (const [client, structs] of runs) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, (structs[0] as Struct).id.clock);
    for (const struct of structs) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // an empty delete set
  return encoder.toUint8Array();
}

function encodedSize(struct: Struct): number {
  const encoder = new Y.UpdateEncoderV1();
  struct.write(encoder, 0);
  return encoder.toUint8Array().byteLength;
}

/**
 * What a peer with `stateVector` lacks of `doc`, as updates of about `maxBytes` each (a single
 * larger struct stays whole) in causal order, the last holding only the delete set. Applied in
 * order they equal `Y.encodeStateAsUpdate(doc, stateVector)`.
 */
export function splitState(doc: Y.Doc, stateVector: Uint8Array | undefined, maxBytes: number): Uint8Array[] {
  const byClient = structsByClient(Y.encodeStateAsUpdate(doc, stateVector));
  const parts: Uint8Array[] = [];
  let runs = new Map<number, Struct[]>();
  let size = 0;
  for (const struct of causalOrder(byClient)) {
    const bytes = encodedSize(struct) + 8;
    if (size > 0 && size + bytes > maxBytes) {
      parts.push(encodeRuns(runs));
      runs = new Map();
      size = 0;
    }
    const run = runs.get(struct.id.client);
    if (run) run.push(struct);
    else runs.set(struct.id.client, [struct]);
    size += bytes;
  }
  if (runs.size > 0) parts.push(encodeRuns(runs));
  // No structs (the full state vector) and every deletion.
  parts.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)));
  return parts;
}
