/**
 * Which of a board's sequence numbers a room's committed document includes: every seq up to
 * `contiguous`, plus possibly some later ranges (another relay's batch that overtook an
 * earlier one). A snapshot may claim only `contiguous`, so compaction never deletes an update
 * the snapshot lacks; a range after a gap is what a fan-out receiver fills from the store.
 */
export class SeqTracker {
  /** Ranges after a gap, [first, last] inclusive, sorted by first. */
  private ahead: [number, number][] = [];

  constructor(
    /** Every seq up to this one is included. */
    private last: number,
  ) {}

  /** The highest seq such that it and every seq before it are included. */
  get contiguous(): number {
    return this.last;
  }

  /** Whether something after a missing seq is included (a message is late or was lost). */
  get hasGap(): boolean {
    return this.ahead.length > 0;
  }

  /** Whether `seq` and everything before it are already included. */
  covers(seq: number): boolean {
    return seq <= this.last;
  }

  /** Records that `firstSeq`..`seq` are now included. */
  add(firstSeq: number, seq: number): void {
    if (seq <= this.last) return;
    if (firstSeq > this.last + 1) {
      this.ahead.push([firstSeq, seq]);
      this.ahead.sort((a, b) => a[0] - b[0]);
      return;
    }
    this.last = seq;
    while (this.ahead.length > 0 && (this.ahead[0] as [number, number])[0] <= this.last + 1) {
      const [, end] = this.ahead.shift() as [number, number];
      this.last = Math.max(this.last, end);
    }
  }
}
