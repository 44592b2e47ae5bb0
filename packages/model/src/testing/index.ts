/**
 * @roundtable/model/testing: helpers for tests and the bench, kept out of the app's entry.
 * Simulated peers with seeded shuffled delivery, a JSON snapshot of every root, a fixture
 * board with three members, and seeded random numbers.
 */
export { createPeers, snapshot } from './peers.js';
export type { Peers } from './peers.js';
export { MEMBERS, boardWithMembers } from './board.js';
export { seeded } from './random.js';
export { testOpener, testSealer } from './sealing.js';
