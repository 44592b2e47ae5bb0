/** How big the reliability suite runs: CI size by default, larger with RELIABILITY_FULL=1. */
export const FULL = process.env.RELIABILITY_FULL === '1' || process.env.RELIABILITY_FULL === 'true';

/** `ci` normally, `full` with RELIABILITY_FULL=1. */
export const sized = (ci: number, full: number): number => (FULL ? full : ci);
