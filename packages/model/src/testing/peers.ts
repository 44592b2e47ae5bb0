/**
 * Simulated peers for convergence tests (after Yjs's tests/testHelper.js): each peer queues
 * the updates the others produce, and `deliverShuffled` hands them over in a random order
 * fixed by a seed, so a failing order can be replayed.
 */
import * as Y from 'yjs';
import { seeded } from './random.js';

export interface Peers {
  docs: Y.Doc[];
  /** Delivers every pending update to every other peer, in a seeded random order. */
  deliverShuffled(seed: number): void;
}


/** Creates `count` peers, all starting from `base`'s state. */
export function createPeers(count: number, base?: Y.Doc): Peers {
  const docs = Array.from({ length: count }, () => new Y.Doc());
  const inbox: { to: number; update: Uint8Array }[] = [];
  docs.forEach((doc, i) => {
    if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base), 'remote');
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      docs.forEach((_, j) => {
        if (j !== i) inbox.push({ to: j, update });
      });
    });
  });
  return {
    docs,
    deliverShuffled(seed) {
      const random = seeded(seed);
      while (inbox.length > 0) {
        const [msg] = inbox.splice(Math.floor(random() * inbox.length), 1);
        if (msg) Y.applyUpdate(docs[msg.to] as Y.Doc, msg.update, 'remote');
      }
    },
  };
}

/** The JSON of every root of a board document, for comparing peers. */
export function snapshot(doc: Y.Doc): unknown {
  return {
    meta: doc.getMap('meta').toJSON(),
    sections: doc.getMap('sections').toJSON(),
    members: doc.getMap('members').toJSON(),
    log: doc.getArray('log').toJSON(),
  };
}
