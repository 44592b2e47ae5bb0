import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from './checkLayers.js';

const fixture = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
}

describe('checkLayers', () => {
  it('finds no violation in this repository', async () => {
    const violations = await checkLayers(resolve(import.meta.dirname, '../../..'));
    expect(violations).toEqual([]);
  }, 30_000); // parsing the whole workspace takes seconds on a busy machine

  it('reports a model importing React, ws or node:*, a package importing an app, the relay importing React, and a cycle', async () => {
    write('apps/web/src/App.tsx', 'export const App = 1;\n');
    write('apps/relay/src/server.ts', "import React from 'react';\nexport const s = React;\n");
    write('packages/model/src/a.ts', "import { b } from './b';\nimport 'ws';\nimport { readFileSync } from 'node:fs';\nimport { App } from '../../../apps/web/src/App';\nexport const a = [b, readFileSync, App];\n");
    write('packages/model/src/b.ts', "import { a } from './a';\nimport type { FC } from 'react';\nexport const b = () => a as unknown as FC;\n");
    const violations = await checkLayers(fixture);
    const rules = violations.map((v) => `${v.rule} | ${v.file} | ${v.detail}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'the relay never imports React or apps/web | apps/relay/src/server.ts | react',
        'the model imports no React, DOM, ws, node:* or network code | packages/model/src/a.ts | ws',
        'the model imports no React, DOM, ws, node:* or network code | packages/model/src/a.ts | node:fs',
        'packages never import apps | packages/model/src/a.ts | ../../../apps/web/src/App',
        'the model imports no React, DOM, ws, node:* or network code | packages/model/src/b.ts | react',
      ]),
    );
    expect(violations.filter((v) => v.rule === 'no import cycles')).toHaveLength(1);
  }, 30_000);

  it('reports a model reader or the catalog reaching an operation, core importing sections, non-test imports of the testing helpers and the bench reaching into the model', async () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-model-'));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    try {
      put('packages/model/src/core/origin.ts', 'export class LocalOrigin {}\n');
      put('packages/model/src/sections/agenda.ts', "import { LocalOrigin } from '../core/origin';\nexport const addSection = () => new LocalOrigin();\n");
      put('packages/model/src/sections/readers.ts', "import { addSection } from './agenda';\nexport const selectSections = () => addSection;\n");
      put('packages/model/src/kinds/poll/kind.ts', "import { selectSections } from '../../sections/readers';\nexport const pollKind = selectSections;\n");
      put('packages/model/src/catalog.ts', "import { pollKind } from './kinds/poll/kind';\nexport const KINDS = [pollKind];\n");
      put('packages/model/src/core/log.ts', "import { addSection } from '../sections/agenda';\nimport { KINDS } from '../catalog';\nexport const log = [addSection, KINDS];\n");
      put('packages/model/src/core/log.test.ts', "import { addSection } from '../sections/agenda';\nimport { peers } from '../testing/peers';\nexport const t = [addSection, peers];\n");
      put('packages/model/src/testing/peers.ts', 'export const peers = 1;\n');
      put('packages/model/src/index.ts', "import { peers } from './testing/peers';\nexport const index = peers;\n");
      put('apps/web/src/App.tsx', "import { peers } from '@roundtable/model/testing';\nexport const App = peers;\n");
      put('bench/src/b1.ts', "import { a } from '@roundtable/model/src/sections/agenda';\nimport { peers } from '@roundtable/model/testing';\nimport { addSection } from '../../packages/model/src/sections/agenda';\nexport const b = [a, peers, addSection];\n");
      const rules = (await checkLayers(root)).map((v) => `${v.rule} | ${v.file} | ${v.detail}`);
      const readers = 'model readers and the kind registry import no operations';
      const layers = 'model layers: core imports no sections or kinds, sections no kinds (only catalog.ts lists the kinds)';
      const testing = 'only tests import the model testing helpers';
      const bench = 'the bench imports the model only via @roundtable/model and @roundtable/model/testing';
      expect(rules.sort()).toEqual(
        [
          `${readers} | packages/model/src/sections/readers.ts | sections/readers.ts -> sections/agenda.ts -> core/origin.ts`,
          `${readers} | packages/model/src/kinds/poll/kind.ts | kinds/poll/kind.ts -> sections/readers.ts -> sections/agenda.ts -> core/origin.ts`,
          `${readers} | packages/model/src/catalog.ts | catalog.ts -> kinds/poll/kind.ts -> sections/readers.ts -> sections/agenda.ts -> core/origin.ts`,
          `${layers} | packages/model/src/core/log.ts | ../sections/agenda`,
          `${testing} | packages/model/src/index.ts | ./testing/peers`,
          `${testing} | apps/web/src/App.tsx | @roundtable/model/testing`,
          `${bench} | bench/src/b1.ts | @roundtable/model/src/sections/agenda`,
          `${bench} | bench/src/b1.ts | ../../packages/model/src/sections/agenda`,
        ].sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);

  it("reports a web component or hook that writes the board or touches the document, and a bench that reaches into an app or a package's source", async () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-web-'));
    try {
      const put = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      put('packages/model/src/index.ts', 'export const renameSection = 1;\nexport const MAX_TITLE_LENGTH = 200;\nexport type SectionView = { id: string };\n');
      put('apps/relay/src/server.ts', 'export const serve = 1;\n');
      put(
        'apps/web/src/components/Row.tsx',
        "import { MAX_TITLE_LENGTH, renameSection, type SectionView } from '@roundtable/model';\nexport const Row = (c: { connection: { doc: unknown } }, s: SectionView) => [c.connection.doc, renameSection, MAX_TITLE_LENGTH, s];\n",
      );
      put('apps/web/src/hooks/useDoc.ts', "import type * as Y from 'yjs';\nexport function useDoc({ doc }: { doc: Y.Doc }) { return doc; }\n");
      put('apps/web/src/hooks/useFine.ts', "import type { SectionView } from '@roundtable/model';\nimport { remainingMs } from '@roundtable/model';\n// connection.doc in a comment is fine\nexport const fine = (s: SectionView) => [s, remainingMs];\n");
      put('apps/web/src/actions/rename.ts', "import { renameSection } from '@roundtable/model';\nexport const rename = renameSection;\n");
      put('apps/web/src/store/Store.ts', "import { readSection, renameSection } from '@roundtable/model';\nexport const s = [readSection, renameSection];\n");
      put('packages/protocol/src/frames.ts', 'export const frame = 1;\n');
      put('bench/src/bad.ts', "import { serve } from '../../apps/relay/src/server';\nimport { frame } from '../../packages/protocol/src/frames';\nexport const b = [serve, frame];\n");
      const rules = (await checkLayers(root)).map((v) => `${v.rule} | ${v.file} | ${v.detail}`);
      expect(rules).toEqual(
        expect.arrayContaining([
          'only actions write the board: web files import allow-listed model names | apps/web/src/components/Row.tsx | renameSection',
          'components and hooks never touch the document | apps/web/src/components/Row.tsx | reads `doc` (use the stores to read and actions to write)',
          'components and hooks never touch the document | apps/web/src/hooks/useDoc.ts | reads `doc` (use the stores to read and actions to write)',
          'components and hooks never touch the document | apps/web/src/hooks/useDoc.ts | imports yjs',
          'only actions write the board: web files import allow-listed model names | apps/web/src/store/Store.ts | renameSection',
          "the bench never imports an app's source (it runs the built relay) | bench/src/bad.ts | ../../apps/relay/src/server",
          'the bench reaches packages through their entry points | bench/src/bad.ts | ../../packages/protocol/src/frames',
        ]),
      );
      expect(rules.filter((r) => /useFine|actions\/rename|MAX_TITLE_LENGTH|readSection/.test(r))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
