/**
 * Runs one scenario against both servers in the same run: alternating which goes first,
 * `repetitions` times, a fresh server process each time (so memory figures start clean),
 * and reduces every numeric field to its median per server.
 */
import { ServerProcess, type ServerKind, type ServerOptions } from './servers/ServerProcess.js';
import { median } from './stats.js';

export type Metrics = Record<string, unknown>;

export interface SideBySide<R extends object> {
  runs: Record<ServerKind, R[]>;
  medians: Record<ServerKind, Record<string, number>>;
}

export async function sideBySide<R extends object>(
  label: string,
  repetitions: number,
  run: (server: ServerProcess) => Promise<R>,
  options: ServerOptions = {},
): Promise<SideBySide<R>> {
  const runs: Record<ServerKind, R[]> = { roundtable: [], reference: [] };
  for (let rep = 0; rep < repetitions; rep++) {
    const order: ServerKind[] = rep % 2 === 0 ? ['roundtable', 'reference'] : ['reference', 'roundtable'];
    for (const kind of order) {
      const server = await ServerProcess.start(kind, options);
      try {
        const result = await run(server);
        runs[kind].push(result);
        process.stdout.write(`  ${label} rep ${rep + 1}/${repetitions} ${kind}: ${summarise(result)}\n`);
      } finally {
        await server.stop();
      }
    }
  }
  return { runs, medians: { roundtable: medians(runs.roundtable), reference: medians(runs.reference) } };
}

function medians(results: object[]): Record<string, number> {
  const out: Record<string, number> = {};
  const keys = new Set(results.flatMap((r) => Object.keys(r)));
  const rows = results as Metrics[];
  for (const key of keys) {
    const values = rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length) out[key] = median(values);
  }
  return out;
}

function summarise(result: object): string {
  return Object.entries(result)
    .map(([k, v]) => (typeof v === 'number' ? `${k}=${Number.isInteger(v) ? v : v.toPrecision(3)}` : typeof v === 'object' && v && 'ok' in v ? `${k}=${(v as { ok: boolean }).ok ? 'ok' : 'FAILED'}` : ''))
    .filter(Boolean)
    .join(' ');
}
