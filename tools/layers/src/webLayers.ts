/**
 * The web app's internal layers (DESIGN §6, CONVENTIONS 12-13) and the bench's boundaries,
 * checked on source text (dpdm sees which modules are imported, not which names):
 *  - only `apps/web/src/actions/` writes the board: every other web file imports from
 *    `@roundtable/model` only types and the names allowed for its folder below (constants, pure
 *    helpers; the store also the readers, sync the undo manager, origins and clock maths);
 *  - components and hooks never touch the document: no identifier `doc` at all (`connection.doc`,
 *    a destructured `{ doc }`), no `yjs` import (reads go through the stores, writes through
 *    actions);
 *  - the bench never imports an app's source (it runs the built relay as a process) and reaches
 *    the other workspace packages (protocol, ...) through their entry points only, never
 *    `packages/<name>/src/...` (the model's entries are checked by `modelLayers.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Violation } from './checkLayers.js';

/** Model names any web file may import: constants and pure helpers that neither read nor write a document. */
const UI_MODEL_NAMES = [
  'MAX_TITLE_LENGTH',
  'MAX_NAME_LENGTH',
  'MAX_TIMER_MS',
  'MIN_TIMER_MS',
  'SECTION_KINDS',
  'KIND_LABELS',
  'PHASES',
  'TEMPLATES',
  'TEMPLATE_ORDER',
  'TIMER_STATES',
  'LOG_TYPES',
  'OPERATION_NAMES',
  'COLOR_PATTERN',
  'DEFAULT_MEMBER_COLOR',
  'MEMBER_ID_PATTERN',
  'AWAY_AFTER_MS',
  'remainingMs',
  'isAway',
  'phasesOf',
  'canUseLeadPowers',
  'takeNeedsConfirmation',
  'isSectionKind',
  'isTemplateId',
  'isLogType',
  'isOperationName',
  'cleanLine',
  'capitalised',
  'asSentence',
  'KANER_LEVELS',
  // Agreement (issue 9): the scale, pure rule checking/wording over plain data, limits and labels.
  'CONCERN_LEVELS',
  'levelLabel',
  'describeRule',
  'checkRule',
  'MAX_RULE_NUMBER',
  'DECISIONS',
  'DECISION_LABELS',
  'MAX_PROPOSAL_TEXT',
  'MAX_COMMENT',
  'MAX_COMMITMENT_TEXT',
  'MAX_DUE_TEXT',
  'MAX_OUTCOME_NOTE',
  // Pure reading of lead changes over plain log records and leads (no document).
  'resolveLeadChanges',
  'MAX_CARD_TEXT',
  'MAX_CLUSTER_NAME',
  'MAX_COLUMN_TITLE',
  'MAX_VOTE_BUDGET',
  'CARD_COLOURS',
  'DEFAULT_CARD_COLOUR',
  'MAX_STATEMENT_LENGTH',
  'MAX_PROMPT_LENGTH',
  'MAX_VERSION_NAME_LENGTH',
  'PURPOSE_PROMPTS',
  'maxLengthOf',
  'statementProblem',
  'wordDiff',
  'diffSummary',
  // Pure wording over plain data: the leadership summary's headline, durations, phase labels,
  // the session log's sentences and what an undo reverts.
  'leadershipHeadline',
  'formatDuration',
  'phaseLabel',
  'describeLogEntry',
  'logActor',
  'logSentence',
  'operationLabel',
];

/** More model names per web folder (relative to apps/web/src); `actions/` may import anything. */
const FOLDER_MODEL_NAMES: Record<string, { names: string[]; patterns?: RegExp[] }> = {
  // The section titles the log remembers: pure over plain log records, the rule the exports use.
  'store/': { names: ['roots', 'nextUndoOperation', 'titlesFromLog', 'titleRememberedBy'], patterns: [/^read[A-Z]/, /^select[A-Z]/] },
  'sync/': { names: ['createUndoManager', 'isLocalOrigin', 'estimateClockOffset', 'migrate'] },
  // The editor binding holds a purpose field's Y.Text (it writes keystrokes under its own origin).
  'editor/': { names: ['purposeText'] },
  'storage/': { names: ['newId'] },
};

const WEB_SRC = 'apps/web/src/';
const UI_FOLDERS = ['components/', 'hooks/'];

/** Source text without comments (strings are left alone; good enough for these rules). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Files under `dir` (relative to `root`) ending in .ts or .tsx, as root-relative paths. */
function sourceFiles(root: string, dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((e) => `${dir}${e.split('\\').join('/')}`)
    .filter((p) => /\.tsx?$/.test(p) && !p.includes('node_modules/'));
}

/** Each `import ... from '<module>'` / `export ... from` of `module` in `text`: its names, or null for `* as`/default. */
function importsOf(text: string, module: string): { names: string[] | null; typeOnly: boolean }[] {
  const out: { names: string[] | null; typeOnly: boolean }[] = [];
  const quoted = module.replace(/[/@]/g, (c) => `\\${c}`);
  const statement = new RegExp(`(import|export)\\s+(type\\s+)?([^;]*?)\\s+from\\s+['"]${quoted}['"]`, 'g');
  for (const match of text.matchAll(statement)) {
    const typeOnly = match[2] !== undefined;
    const clause = match[3] ?? '';
    const braces = /\{([^}]*)\}/.exec(clause);
    if (!braces || clause.replace(braces[0], '').replace(/,/g, '').trim() !== '') {
      out.push({ names: null, typeOnly });
      continue;
    }
    const names = (braces[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('type '))
      .map((s) => s.split(/\s+as\s+/)[0]!.trim());
    out.push({ names, typeOnly });
  }
  if (new RegExp(`import\\(\\s*['"]${quoted}['"]\\s*\\)`).test(text)) out.push({ names: null, typeOnly: false });
  return out;
}

/** Violations of the web app's internal layers. */
export function checkWebLayers(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const file of sourceFiles(root, WEB_SRC)) {
    if (/\.test\.tsx?$/.test(file)) continue;
    const local = file.slice(WEB_SRC.length);
    if (local.startsWith('actions/')) continue;
    const text = stripComments(readFileSync(join(root, file), 'utf8'));
    const folder = Object.keys(FOLDER_MODEL_NAMES).find((f) => local.startsWith(f));
    const extra = folder ? FOLDER_MODEL_NAMES[folder]! : { names: [] };
    const allowed = new Set([...UI_MODEL_NAMES, ...extra.names]);
    for (const { names, typeOnly } of importsOf(text, '@roundtable/model')) {
      if (typeOnly) continue;
      if (names === null) {
        violations.push({ rule: 'only actions write the board: web files import allow-listed model names', file, detail: 'namespace, default or dynamic import of @roundtable/model' });
        continue;
      }
      for (const name of names) {
        if (allowed.has(name) || extra.patterns?.some((re) => re.test(name))) continue;
        violations.push({ rule: 'only actions write the board: web files import allow-listed model names', file, detail: name });
      }
    }
    if (UI_FOLDERS.some((f) => local.startsWith(f))) {
      if (/\bdoc\b/.test(text)) {
        violations.push({ rule: 'components and hooks never touch the document', file, detail: 'reads `doc` (use the stores to read and actions to write)' });
      }
      if (/from\s+['"]yjs['"]|import\(\s*['"]yjs['"]\s*\)/.test(text)) {
        violations.push({ rule: 'components and hooks never touch the document', file, detail: 'imports yjs' });
      }
    }
  }
  return violations;
}

/** Violations of the bench's boundaries, from dpdm's import requests of bench files. */
export function checkBenchImport(issuer: string, request: string, target: string): Violation[] {
  if (!issuer.startsWith('bench/')) return [];
  const violations: Violation[] = [];
  if (target.startsWith('apps/') || /^@roundtable\/(web|relay)(\/|$)/.test(request)) {
    violations.push({ rule: "the bench never imports an app's source (it runs the built relay)", file: issuer, detail: request });
  }
  // The model has its own rule with its two public entries (modelLayers.ts).
  const intoModel = target.startsWith('packages/model/') || request.startsWith('@roundtable/model');
  if (intoModel) return violations;
  if (target.startsWith('packages/') && !request.startsWith('@roundtable/')) {
    violations.push({ rule: 'the bench reaches packages through their entry points', file: issuer, detail: request });
  }
  if (/^@roundtable\/[^/]+\/src(\/|$)/.test(request)) {
    violations.push({ rule: 'the bench reaches packages through their entry points', file: issuer, detail: request });
  }
  return violations;
}
