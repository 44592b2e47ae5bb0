/**
 * Lead powers (DESIGN §3): moving the phase, running the timer, spotlighting, and later
 * revealing and setting vote budgets belong to a section's lead; a section without a lead
 * lets anyone use them. The check is advisory: a CRDT cannot stop a hostile peer from
 * writing, but honest clients refuse through the operation's Result and the UI relies on it.
 */
import * as Y from 'yjs';
import { fail, ok, type Result } from '../core/result.js';
import { roots } from '../core/schema.js';
import { readSection, type SectionView } from './readers.js';

/** True when `memberId` leads the section or nobody does. */
export function canUseLeadPowers(section: Pick<SectionView, 'lead'>, memberId: string | null): boolean {
  return section.lead === null || section.lead === memberId;
}

/** A section's live map and its plain view, for operations that write to it. */
export interface SectionHandle {
  map: Y.Map<unknown>;
  view: SectionView;
}

/**
 * Looks a section up for an operation needing lead powers: fails with 'no section …' or
 * 'only the lead of this section can <action>'. Writes nothing.
 */
export function requireLeadPowers(doc: Y.Doc, sectionId: string, by: string, action: string): Result<SectionHandle> {
  const found = findSection(doc, sectionId);
  if (!found.ok) return found;
  if (typeof by !== 'string' || by.length === 0) return fail('an operation needs the member who does it');
  if (!canUseLeadPowers(found.value.view, by)) return fail(`only the lead of this section can ${action}`);
  return found;
}

/** Looks a section up by id: its map and view, or fail('no section …'). Writes nothing. */
export function findSection(doc: Y.Doc, sectionId: string): Result<SectionHandle> {
  const map = roots(doc).sections.get(sectionId);
  const view = readSection(sectionId, map);
  if (!(map instanceof Y.Map) || view === null) return fail(`no section "${sectionId}"`);
  return ok({ map, view });
}
