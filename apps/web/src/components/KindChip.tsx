/** A section kind's coloured icon chip, optionally with its label. */
import type { SectionKind } from '@roundtable/model';
import { memo } from 'react';
import { KINDS } from '../kinds.js';
import { Icon } from './Icon.js';

/** Coloured chip for `kind`; decorative unless `withLabel`. */
export const KindChip = memo(function KindChip({ kind, withLabel = false }: { kind: SectionKind; withLabel?: boolean }) {
  return (
    <span className={`kind-chip kind-${kind}${withLabel ? ' kind-chip--labelled' : ''}`} title={KINDS[kind].label}>
      <Icon name={kind} size={14} />
      {withLabel ? <span>{KINDS[kind].label}</span> : null}
    </span>
  );
});
