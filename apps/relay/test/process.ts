/** Runs the built relay (dist/main.js) as a child process, as `pnpm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET } from './harness.js';

export interface RelayProcess {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export function spawnRelay(dataDir: string, env: Record<string, string> = {}): Promise<RelayProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ROUNDTABLE_DATA_DIR: dataDir, ROUNDTABLE_SECRET: TEST_SECRET, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // 'close', not 'exit': only then has everything the process wrote to its pipes been read.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (more: Buffer) => (output += more.toString()));
        resolve({ child, url: match[1], wsUrl: `${match[1].replace('http', 'ws')}/sync`, exited, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code }) => reject(new Error(`relay exited (${code}) before listening:\n${output}`)));
  });
}
