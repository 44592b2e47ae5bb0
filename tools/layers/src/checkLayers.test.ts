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
  });

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
  });
});
