/**
 * A section's content by kind. The brainstorm's is bundled with the app: it is the board's
 * busiest screen, and a chunk of its own kept a 2,000-card board's first screenful waiting for
 * it (bench B5b: ~250 ms). The purpose (CodeMirror) and the agreement panels are chunks of their
 * own (`React.lazy`), loaded the first time a section of that kind is shown, or, for the small
 * agreement chunk, once a board's page is idle after its start (main.tsx); the service worker
 * precaches every chunk for offline reloads. While a chunk loads, the area keeps its place
 * quietly (no spinner); a chunk that cannot load says so instead of taking the board down.
 */
import type { SectionKind, SectionView } from '@roundtable/model';
import { Suspense, useState } from 'react';
import { bundled, preloadable, type Preloadable } from '../preloadable.js';
import { BrainstormSection } from './BrainstormSection.js';
import { ChunkBoundary } from './ChunkBoundary.js';

type Content = Preloadable<{ section: SectionView }>;

/** Each kind's content (a kind added to the model must be added here: the record is exhaustive). */
const CONTENT: Readonly<Record<SectionKind, Content>> = {
  purpose: preloadable(() => import('./PurposeContent.js').then((m) => m.PurposeContent)),
  brainstorm: bundled(BrainstormSection),
  agreement: preloadable(() => import('./agreement/AgreementSection.js').then((m) => m.AgreementSection)),
};

/**
 * Starts loading the chunks of `kinds` (a board's page calls it once idle, so a section of that
 * kind shows without waiting for its chunk). A failure is left to the section's own load, which
 * says so.
 */
export function preloadSectionContent(kinds: readonly SectionKind[]): void {
  for (const kind of kinds) CONTENT[kind].preload().catch(() => undefined);
}

function Pending() {
  return <div className="detail__pending" data-testid="section-content-pending" aria-busy="true" />;
}

/** The content area of `section`. */
export function SectionContent({ section }: { section: SectionView }) {
  return (
    <ChunkBoundary key={section.kind}>
      <KindContent section={section} />
    </ChunkBoundary>
  );
}

/**
 * The kind's component, chosen once per mount (keyed by kind above): the loaded one when its
 * chunk is already here, else the lazy one. Switching later would remount the section.
 */
function KindContent({ section }: { section: SectionView }) {
  const [Content] = useState(() => CONTENT[section.kind].loaded ?? CONTENT[section.kind].Lazy);
  return (
    <Suspense fallback={<Pending />}>
      <Content section={section} />
    </Suspense>
  );
}
