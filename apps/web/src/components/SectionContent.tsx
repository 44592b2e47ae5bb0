/**
 * A section's content by kind, each kind's components (CodeMirror for purpose, dnd-kit for
 * brainstorm, the agreement panels) in a chunk of their own, loaded the first time a section of
 * that kind is shown (`React.lazy`); the service worker precaches every chunk for offline reloads.
 * While a chunk loads, the area keeps its place quietly (no spinner); a chunk that cannot load
 * says so instead of taking the board down.
 */
import type { SectionView } from '@roundtable/model';
import { lazy, Suspense } from 'react';
import { KINDS } from '../kinds.js';
import { ChunkBoundary } from './ChunkBoundary.js';
import { Icon } from './Icon.js';

const PurposeContent = lazy(() => import('./PurposeContent.js').then((m) => ({ default: m.PurposeContent })));
const BrainstormSection = lazy(() => import('./BrainstormSection.js').then((m) => ({ default: m.BrainstormSection })));
const AgreementSection = lazy(() => import('./agreement/AgreementSection.js').then((m) => ({ default: m.AgreementSection })));

function Pending() {
  return <div className="detail__pending" data-testid="section-content-pending" aria-busy="true" />;
}

/** The content area of `section`. */
export function SectionContent({ section }: { section: SectionView }) {
  const kind = KINDS[section.kind];
  return (
    <ChunkBoundary key={section.kind}>
      <Suspense fallback={<Pending />}>
        {section.kind === 'purpose' ? (
          <PurposeContent section={section} />
        ) : section.kind === 'brainstorm' ? (
          <BrainstormSection section={section} />
        ) : section.kind === 'agreement' ? (
          <AgreementSection section={section} />
        ) : (
          <div className={`detail__content kind-${section.kind}-soft`} data-testid="section-content">
            <span className={`detail__content-icon kind-${section.kind}`}><Icon name={section.kind} size={22} /></span>
            <p className="detail__content-title">{kind.label} content is coming soon</p>
            <p className="detail__content-text">{kind.placeholder}</p>
          </div>
        )}
      </Suspense>
    </ChunkBoundary>
  );
}
