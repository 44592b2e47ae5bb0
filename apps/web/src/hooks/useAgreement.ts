/** Agreement sections and the board's commitments, from the store's AgreementStore. */
import type { AgreementView, CommitmentView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The agreement section `sectionId` as plain data; re-renders only when that section changes. */
export function useAgreement(sectionId: string): AgreementView | null {
  const { store } = useBoardContext();
  return useTracked(() => store.agreement.get(sectionId), [store, sectionId]);
}

/** Every commitment on the board, oldest first. */
export function useBoardCommitments(): readonly CommitmentView[] {
  const { store } = useBoardContext();
  return useTracked(() => store.agreement.getBoardCommitments(), [store]);
}
