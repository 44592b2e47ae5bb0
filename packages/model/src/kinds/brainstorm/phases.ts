/** The brainstorm section's phases: write privately, reveal, cluster, vote, see the results. */
export const BRAINSTORM_PHASES = ['write', 'reveal', 'cluster', 'vote', 'results'] as const;
/** One of BRAINSTORM_PHASES. */
export type BrainstormPhase = (typeof BRAINSTORM_PHASES)[number];
