/** The agreement section's phases: propose, vote (sealed), reveal the votes, decide. */
export const AGREEMENT_PHASES = ['propose', 'vote', 'reveal', 'decide'] as const;
