/** What each mode runs: quick (`pnpm bench`, under 3 minutes) and full (`pnpm bench --full`). */
export interface Plan {
  mode: 'quick' | 'full';
  repetitions: number;
  b1: { rates: number[]; readers: number[]; durationMs: number; warmupMs: number };
  b2: { connections: number; settleMs: number };
  b3: { clients: number; boardBytes: number };
  b4: { clients: number; durationMs: number };
  b5: { sections: number; members: number; changes: number; repetitions: number };
  /** Delivery: `readers` at `rate`; throughput: `throughputReaders` at `throughputRate`. */
  b6: { rate: number; readers: number; throughputRate: number; throughputReaders: number; durationMs: number; warmupMs: number; repetitions: number };
  /** B5's brainstorm board (issue 8): cards in columns, members present on it. */
  b5brainstorm: { cards: number; columns: number; members: number; changes: number; repetitions: number };
}

export const QUICK: Plan = {
  mode: 'quick',
  repetitions: 1,
  b1: { rates: [500, 1000], readers: [100], durationMs: 3000, warmupMs: 500 },
  b2: { connections: 1000, settleMs: 500 },
  b3: { clients: 150, boardBytes: 1_000_000 },
  b4: { clients: 300, durationMs: 5000 },
  b5: { sections: 300, members: 100, changes: 3, repetitions: 1 },
  b6: { rate: 500, readers: 100, throughputRate: 1000, throughputReaders: 200, durationMs: 3000, warmupMs: 500, repetitions: 1 },
  b5brainstorm: { cards: 2000, columns: 6, members: 100, changes: 3, repetitions: 1 },
};

export const FULL: Plan = {
  mode: 'full',
  repetitions: 3,
  b1: { rates: [500, 1000], readers: [100, 1000], durationMs: 5000, warmupMs: 1000 },
  b2: { connections: 5000, settleMs: 1000 },
  b3: { clients: 150, boardBytes: 5_000_000 },
  b4: { clients: 300, durationMs: 10_000 },
  b5: { sections: 300, members: 100, changes: 5, repetitions: 3 },
  b6: { rate: 500, readers: 100, throughputRate: 1000, throughputReaders: 400, durationMs: 5000, warmupMs: 1000, repetitions: 3 },
  b5brainstorm: { cards: 2000, columns: 6, members: 100, changes: 5, repetitions: 3 },
};
