/**
 * Registration of the purpose kind (a shared statement of why the group meets). Plain data,
 * listed once in catalog.ts.
 */
import { defineKind } from '../../core/registry.js';
import { PURPOSE_PHASES } from './phases.js';
import { initPurposeSection, repairPurposeSection } from './schema.js';

/** The purpose kind. */
export const purposeKind = defineKind({
  kind: 'purpose',
  label: 'Purpose',
  phases: PURPOSE_PHASES,
  operations: ['endorsePurpose', 'withdrawEndorsement', 'savePurposeVersion', 'restorePurposeVersion'],
  logTypes: ['purpose.endorsed', 'purpose.endorsementWithdrawn', 'purpose.versionSaved', 'purpose.versionRestored'],
  initSection: (section, _title, content) => initPurposeSection(section, content),
  repairSection: repairPurposeSection,
});
