/** A "New" pill shown only while the item is news since this member's last visit (for rows that do not read the visit store themselves). */
import type { VisitChangeKind } from '@roundtable/model';
import { memo } from 'react';
import { useIsNew } from '../hooks/useVisit.js';
import { NewMarker } from './NewMarker.js';

export const UnseenMarker = memo(function UnseenMarker({ kind, itemId }: { kind: VisitChangeKind; itemId: string }) {
  return useIsNew(kind, itemId) ? <NewMarker /> : null;
});
