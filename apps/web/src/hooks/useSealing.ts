/** This device's side of sealing: the board key's state, a draft's plaintext, my dots, my ballots. */
import type { BoardKeyState, DraftText, MyBallot, MyDots } from '../store/SealingStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The board key (loading, ready with its fingerprint, or why not). */
export function useBoardKey(): BoardKeyState {
  const { actions } = useBoardContext();
  return useTracked(() => actions.sealing.getKey(), [actions.sealing]);
}

/** The plaintext this device keeps for draft `id`, or null. */
export function useDraftText(id: string): DraftText | null {
  const { actions } = useBoardContext();
  return useTracked(() => actions.sealing.getDraftText(id), [actions.sealing, id]);
}

/** This member's dots in `sectionId`. */
export function useMyDots(sectionId: string): MyDots {
  const { actions } = useBoardContext();
  return useTracked(() => actions.sealing.getMyDots(sectionId), [actions.sealing, sectionId]);
}

/** This member's ballot in round `roundId` as this device sealed it, or null. */
export function useMyBallot(roundId: string | null): MyBallot | null {
  const { actions } = useBoardContext();
  return useTracked(() => (roundId === null ? null : actions.sealing.getMyBallot(roundId)), [actions.sealing, roundId]);
}
