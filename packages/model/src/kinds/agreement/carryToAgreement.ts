/**
 * A brainstorm's top items carried into a new agreement section as its proposal, in one
 * transaction: the section is added right after the brainstorm (titled "Agree: <brainstorm>")
 * with the proposal already set, so no peer ever sees an agreement without it. To fill an
 * agreement section that already exists, use setProposal with `fromSectionId`.
 */
import type * as Y from 'yjs';
import { checkAt } from '../../core/guards.js';
import { appendLog } from '../../core/log.js';
import { newId } from '../../core/ids.js';
import { orderAt } from '../../core/order.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { MAX_TITLE_LENGTH } from '../../core/schema.js';
import { cleanLine } from '../../core/text.js';
import { insertSection } from '../../sections/agenda.js';
import { findSection } from '../../sections/permissions.js';
import { selectSections } from '../../sections/readers.js';
import { checkProposalText } from './proposal.js';

/** Arguments of carryToAgreement. */
export interface CarryToAgreementArgs {
  /** The section the items come from (a brainstorm). */
  fromSectionId: string;
  /** The proposal's text (see `proposalFromItems`). */
  text: string;
  by: string;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** Adds an agreement section after `fromSectionId` whose proposal is `text`; returns its id. */
export function carryToAgreement(doc: Y.Doc, args: CarryToAgreementArgs): Result<string> {
  if (typeof args.by !== 'string' || args.by.length === 0) return fail('an operation needs the member who does it');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const source = findSection(doc, args.fromSectionId);
  if (!source.ok) return source;
  const text = checkProposalText(args.text);
  if (!text.ok) return text;
  const title = cleanLine(`Agree: ${source.value.view.title}`, MAX_TITLE_LENGTH);
  const id = newId();
  doc.transact(() => {
    const sections = selectSections(doc);
    const index = sections.findIndex((s) => s.id === args.fromSectionId) + 1;
    insertSection(doc, id, 'agreement', title, orderAt(sections, index));
    const section = findSection(doc, id);
    if (!section.ok) return;
    section.value.map.set('proposal', { text: text.value, revisedAt: args.at, revisedBy: args.by, fromSectionId: args.fromSectionId });
    appendLog(doc, { at: args.at, by: args.by, type: 'section.added', sectionId: id, detail: title });
    appendLog(doc, { at: args.at, by: args.by, type: 'proposal.set', sectionId: id, detail: text.value.slice(0, 120) });
  }, new LocalOrigin('carryToAgreement'));
  return ok(id);
}
