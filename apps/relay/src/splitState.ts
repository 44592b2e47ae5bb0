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

/** A struct to send, and how much of its start the peer already has (non-zero only for a client's first). */
interface Piece {
  struct: Struct;
  offset: number;
}

/**
 * What the peer lacks of each client's structs, in clock order, read from the document's own
 * struct store (no encoding and decoding of the whole state: a 5 MB board holds ~100,000 structs).
 */
function missingByClient(doc: Y.Doc, stateVector: Map<number, number>): Map<number, Piece[]> {
  const byClient = new Map<number, Piece[]>();
  doc.store.clients.forEach((structs, client) => {
    const from = stateVector.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (!last || from >= last.id.clock + last.length) return;
    const first = from > 0 ? Y.findIndexSS(structs, from) : 0;
    const pieces: Piece[] = [];
    for (let i = first; i < structs.length; i++) {
      const struct = structs[i] as Struct;
      pieces.push({ struct, offset: i === first ? from - struct.id.clock : 0 });
    }
    byClient.set(client, pieces);
  });
  return byClient;
}

/** Where the piece holding `id` is: its client and index, or null when the peer has it already. */
function locate(byClient: Map<number, Piece[]>, id: Y.ID): [number, number] | null {
  const list = byClient.get(id.client);
  if (!list) return null;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { struct, offset } = list[mid] as Piece;
    if (id.clock < struct.id.clock + offset) high = mid - 1;
    else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
    else return [id.client, mid];
  }
  return null;
}

/** The parent a piece names when it is written without origins: an item, not a root type. */
function parentItem(item: Y.Item): Y.ID | null {
  const parent = item.parent;
  if (parent instanceof Y.AbstractType) return parent._item?.id ?? null;
  return parent instanceof Y.ID ? parent : null;
}

/** The first piece `piece` refers to that is still to be emitted, if any (its origins, its parent). */
function pendingReference(byClient: Map<number, Piece[]>, emitted: Map<number, number>, { struct, offset }: Piece): [number, number] | null {
  if (!(struct instanceof Y.Item)) return null;
  // Written from an offset, a piece's left origin is the peer's own start of the struct.
  const refs = [offset > 0 ? null : struct.origin, struct.rightOrigin, parentItem(struct)];
  for (const id of refs) {
    if (!id) continue;
    const at = locate(byClient, id);
    if (at && (emitted.get(at[0]) ?? 0) <= at[1]) return at;
  }
  return null;
}

/** Every piece of `byClient` once, each after the pieces it refers to (iterative: causal chains can be long). */
function causalOrder(byClient: Map<number, Piece[]>): Piece[] {
  const emitted = new Map<number, number>();
  const order: Piece[] = [];
  for (const [client, list] of byClient) {
    const stack: [number, number][] = [[client, list.length - 1]];
    while (stack.length > 0) {
      const [c, index] = stack[stack.length - 1] as [number, number];
      const done = emitted.get(c) ?? 0;
      if (done > index) {
        stack.pop();
        continue;
      }
      const next = (byClient.get(c) as Piece[])[done] as Piece;
      const missing = pendingReference(byClient, emitted, next);
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

/** One Yjs update (format v1) holding `runs` (per client, consecutive pieces) and no deletions. */
function encodeRuns(runs: Map<number, Piece[]>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, runs.size);
  for (const [client, pieces] of runs) {
    const first = pieces[0] as Piece;
    encoding.writeVarUint(encoder.restEncoder, pieces.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, first.struct.id.clock + first.offset);
    for (const { struct, offset } of pieces) struct.write(encoder, offset);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // an empty delete set
  return encoder.toUint8Array();
}

/**
 * What a peer with `stateVector` lacks of `doc`, as updates of about `maxBytes` each (a single
 * larger struct stays whole) in causal order, the last holding only the delete set. Applied in
 * order they equal `Y.encodeStateAsUpdate(doc, stateVector)` (which a document holding
 * structs that wait for missing ones gets whole, as the only part).
 */
export function splitState(doc: Y.Doc, stateVector: Uint8Array | undefined, maxBytes: number): Uint8Array[] {
  // Structs waiting for ones never received are not in the store's lists: send it all as one.
  if (doc.store.pendingStructs || doc.store.pendingDs) return [Y.encodeStateAsUpdate(doc, stateVector)];
  const byClient = missingByClient(doc, stateVector ? Y.decodeStateVector(stateVector) : new Map());
  const parts: Uint8Array[] = [];
  let runs = new Map<number, Piece[]>();
  // Each piece is written once into a scratch encoder to measure it (one encoder a part, not a piece).
  let scratch = new Y.UpdateEncoderV1();
  for (const piece of causalOrder(byClient)) {
    const before = encoding.length(scratch.restEncoder);
    piece.struct.write(scratch, piece.offset);
    const size = encoding.length(scratch.restEncoder);
    if (before > 0 && size + 8 * runs.size > maxBytes) {
      parts.push(encodeRuns(runs));
      runs = new Map();
      scratch = new Y.UpdateEncoderV1();
      piece.struct.write(scratch, piece.offset);
    }
    const run = runs.get(piece.struct.id.client);
    if (run) run.push(piece);
    else runs.set(piece.struct.id.client, [piece]);
  }
  if (runs.size > 0) parts.push(encodeRuns(runs));
  // No structs (the full state vector) and every deletion.
  parts.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)));
  return parts;
}
