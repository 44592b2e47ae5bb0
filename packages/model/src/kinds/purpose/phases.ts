/** The purpose section's phases: draft the shared purpose, review it together, agreed. */
export const PURPOSE_PHASES = ['draft', 'review', 'agreed'] as const;
