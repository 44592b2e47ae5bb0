/**
 * The workspace's architecture rules (docs/architecture.md, "Layers"), checked on the real import graph
 * that dpdm parses from source (type-only imports included: a type import of React in the
 * model is still a layering mistake):
 *  - packages never import apps;
 *  - packages/model imports no React, DOM/browser storage libraries, `ws`, network clients
 *    or Node built-ins (the DOM itself is kept out by the model's tsconfig `lib`);
 *  - apps/relay never imports React or apps/web;
 *  - the model's internal layers and the bench's access to the model (modelLayers.ts);
 *  - the web app's internal layers and the bench's boundaries (`webLayers.ts`);
 *  - no import cycle anywhere.
 */
import { builtinModules } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { checkModelLayers, type ImportGraph } from './modelLayers.js';
import { checkBenchImport, checkWebLayers } from './webLayers.js';

/** One broken rule: which, in which file, and what broke it. */
export interface Violation {
  rule: string;
  file: string;
  detail: string;
}

const NODE_BUILTINS = new Set(builtinModules);
const MODEL_FORBIDDEN = [/^react($|\/|-dom)/, /^ws$/, /^y-websocket/, /^y-indexeddb/, /^lib0\/websocket/, /^(pg|ioredis|better-sqlite3|undici|node-fetch|axios)$/];
const RELAY_FORBIDDEN = [/^react($|\/|-dom)/, /^@roundtable\/web/];

function isNodeBuiltin(request: string): boolean {
  return request.startsWith('node:') || NODE_BUILTINS.has(request.split('/')[0] ?? '');
}

/** Parses every source file under `root`'s apps, packages and bench and returns the rule violations. */
export async function checkLayers(root: string): Promise<Violation[]> {
  const tree = await parseDependencyTree(['apps/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts', 'bench/src/**/*.ts'], {
    context: root,
    cwd: root,
    transform: false,
    skipDynamicImports: false,
  });
  // dpdm keys files by their path relative to `context` (the root).
  const rel = (p: string) => relative(root, resolve(root, p)).split(sep).join('/');
  const violations: Violation[] = [];
  const graph = new Map<string, { request: string; target: string }[]>();
  for (const [issuerAbs, deps] of Object.entries(tree)) {
    const issuer = rel(issuerAbs);
    if (issuer.includes('node_modules/') || !deps) continue;
    const imports: { request: string; target: string }[] = [];
    graph.set(issuer, imports);
    for (const dep of deps) {
      const target = dep.id ? rel(dep.id) : '';
      const request = dep.request;
      imports.push({ request, target });
      if (issuer.startsWith('packages/') && (target.startsWith('apps/') || request.startsWith('@roundtable/web') || request.startsWith('@roundtable/relay'))) {
        violations.push({ rule: 'packages never import apps', file: issuer, detail: request });
      }
      if (issuer.startsWith('packages/model/') && (isNodeBuiltin(request) || MODEL_FORBIDDEN.some((re) => re.test(request)))) {
        violations.push({ rule: 'the model imports no React, DOM, ws, node:* or network code', file: issuer, detail: request });
      }
      if (issuer.startsWith('apps/relay/') && (target.startsWith('apps/web/') || RELAY_FORBIDDEN.some((re) => re.test(request)))) {
        violations.push({ rule: 'the relay never imports React or apps/web', file: issuer, detail: request });
      }
      violations.push(...checkBenchImport(issuer, request, target));
    }
  }
  violations.push(...checkModelLayers(graph as ImportGraph));
  violations.push(...checkWebLayers(root));
  const ownTree = Object.fromEntries(Object.entries(tree).filter(([file]) => !rel(file).includes('node_modules/')));
  for (const cycle of parseCircular(ownTree)) {
    violations.push({ rule: 'no import cycles', file: rel(cycle[0] ?? ''), detail: cycle.map(rel).join(' -> ') });
  }
  return violations;
}
