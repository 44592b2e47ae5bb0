/**
 * A section's content by kind, each kind's components (CodeMirror for purpose, dnd-kit for
 * brainstorm, the agreement panels) in a chunk of their own, loaded the first time a section of
 * that kind is shown (`React.lazy`); the service worker precaches every chunk for offline reloads.
 * While a chunk loads, the area keeps its place quietly (no spinner); a chunk that cannot load
 * says so instead of taking the board down.
 */
import type { SectionKind, SectionView } from '@roundtable/model';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { ChunkBoundary } from './ChunkBoundary.js';

const PurposeContent = lazy(() => import('./PurposeContent.js').then((m) => ({ default: m.PurposeContent })));
const BrainstormSection = lazy(() => import('./BrainstormSection.js').then((m) => ({ default: m.BrainstormSection })));
const AgreementSection = lazy(() => import('./agreement/AgreementSection.js').then((m) => ({ default: m.AgreementSection })));

/** Each kind's content (a kind added to the model must be added here: the record is exhaustive). */
const CONTENT: Readonly<Record<SectionKind, LazyExoticComponent<ComponentType<{ section: SectionView }>>>> = {
  purpose: PurposeContent,
  brainstorm: BrainstormSection,
  agreement: AgreementSection,
};

function Pending() {
  return <div className="detail__pending" data-testid="section-content-pending" aria-busy="true" />;
}

/** The content area of `section`. */
export function SectionContent({ section }: { section: SectionView }) {
  const Content = CONTENT[section.kind];
  return (
    <ChunkBoundary key={section.kind}>
      <Suspense fallback={<Pending />}>
        <Content section={section} />
      </Suspense>
    </ChunkBoundary>
  );
}
