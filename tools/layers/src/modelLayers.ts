/**
 * The model's internal layers and how the bench may reach the model (packages/model/CONTEXT.md):
 *  - readers (`readers.ts`, a kind's `*Readers.ts`) and the kind registry (`catalog.ts`,
 *    `core/registry.ts`, each kind's `kind.ts`/`phases.ts`, each layer's `names.ts`) import no
 *    operations: nothing they import, directly or through other files, reaches
 *    `core/origin.ts`, which every operation needs for
 *    its LocalOrigin (so importing a reader or the catalog can never create a cycle);
 *  - `core/` imports nothing from `sections/` or `kinds/`, and `sections/` nothing from `kinds/`:
 *    lower layers learn the kinds only through `catalog.ts`;
 *  - only tests import `src/testing/` (the `@roundtable/model/testing` entry), and no app does;
 *  - the bench imports the model only through its public entries `@roundtable/model` and
 *    `@roundtable/model/testing`.
 */

/** One broken rule: which rule, in which file, about which import. */
export interface Violation {
  rule: string;
  file: string;
  detail: string;
}

/** The import graph as checkLayers builds it: file -> its imports (request and resolved file). */
export type ImportGraph = ReadonlyMap<string, readonly { request: string; target: string }[]>;

const MODEL = 'packages/model/src/';
const ORIGIN = `${MODEL}core/origin.ts`;
const PURE = [/(^|\/)readers\.ts$/, /^kinds\/[^/]+\/\w+Readers\.ts$/, /^catalog\.ts$/, /^core\/registry\.ts$/, /(^|\/)names\.ts$/, /^kinds\/[^/]+\/(kind|phases)\.ts$/];

const READERS_RULE = 'model readers and the kind registry import no operations';
const LAYER_RULE = 'model layers: core imports no sections or kinds, sections no kinds (only catalog.ts lists the kinds)';
const TESTING_RULE = 'only tests import the model testing helpers';
const BENCH_RULE = 'the bench imports the model only via @roundtable/model and @roundtable/model/testing';

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes('/test/') || file.includes('/e2e/');

/** The import path from `file` to `goal` (file names), or null when `goal` is not reachable. */
function pathTo(graph: ImportGraph, file: string, goal: string): string[] | null {
  const previous = new Map<string, string | null>([[file, null]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (current === goal) {
      const path: string[] = [];
      for (let at: string | null = current; at !== null; at = previous.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const { target } of graph.get(current) ?? []) {
      if (target.startsWith(MODEL) && !previous.has(target)) {
        previous.set(target, current);
        queue.push(target);
      }
    }
  }
  return null;
}

/** Checks the model's internal layers and the bench's access to the model. */
export function checkModelLayers(graph: ImportGraph): Violation[] {
  const violations: Violation[] = [];
  for (const [file, imports] of graph) {
    if (file.startsWith(MODEL)) {
      const inModel = file.slice(MODEL.length);
      if (PURE.some((re) => re.test(inModel))) {
        const path = pathTo(graph, file, ORIGIN);
        if (path) violations.push({ rule: READERS_RULE, file, detail: path.map((p) => p.slice(MODEL.length)).join(' -> ') });
      }
      for (const { request, target } of imports) {
        if (!target.startsWith(MODEL)) continue;
        const to = target.slice(MODEL.length);
        const wrongLayer = (inModel.startsWith('core/') && (to.startsWith('sections/') || to.startsWith('kinds/'))) || (inModel.startsWith('sections/') && to.startsWith('kinds/'));
        if (wrongLayer && !isTest(file)) violations.push({ rule: LAYER_RULE, file, detail: request });
        if (to.startsWith('testing/') && !inModel.startsWith('testing/') && !isTest(file)) violations.push({ rule: TESTING_RULE, file, detail: request });
      }
    }
    for (const { request, target } of imports) {
      if (file.startsWith('apps/') && !isTest(file) && request.startsWith('@roundtable/model/testing')) {
        violations.push({ rule: TESTING_RULE, file, detail: request });
      }
      if (file.startsWith('bench/')) {
        const deep = request.startsWith('@roundtable/model/') && request !== '@roundtable/model/testing';
        const relativeIntoModel = request.startsWith('.') && target.startsWith('packages/model/');
        if (deep || relativeIntoModel) violations.push({ rule: BENCH_RULE, file, detail: request });
      }
    }
  }
  return violations;
}
