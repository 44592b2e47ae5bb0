/**
 * `pnpm bench [--full]`: pins itself to core 1, runs B1–B6 (relay scenarios side by side with
 * the reference server, alternating), prints tables, writes bench/results/*.json and
 * docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { describeMachine } from './machine.js';
import { FULL, QUICK } from './plan.js';
import { printReport, writeMarkdown, writeResults, type Row, type RunReport, type ScenarioReport } from './report.js';
import { runB1 } from './scenarios/b1-broadcast.js';
import { runB2 } from './scenarios/b2-idle.js';
import { runB3 } from './scenarios/b3-cold-join.js';
import { runB4 } from './scenarios/b4-awareness.js';
import { runB5, webAppBuilt, type B5Result } from './scenarios/b5-client.js';
import { runB6, type B6Layout, type B6Result } from './scenarios/b6-scale-out.js';
import { startScaleServices } from './servers/scaleServices.js';
import { runB5Brainstorm, type B5BrainstormResult } from './scenarios/b5-brainstorm.js';
import type { MainThreadProfile } from './scenarios/b5Page.js';
import { sideBySide, type SideBySide } from './sideBySide.js';
import { median } from './stats.js';

const plan = process.argv.includes('--full') ? FULL : QUICK;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (id: string) => !only || only.includes(id);
execFileSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

const started = new Date();
const t0 = performance.now();
const scenarios: ScenarioReport[] = [];
const raw: Record<string, unknown> = {};
const m = <R extends object>(r: SideBySide<R>, key: string) => ({ ours: r.medians.roundtable[key] ?? Number.NaN, reference: r.medians.reference[key] ?? Number.NaN });
const row = (metric: string, unit: string, v: { ours: number; reference: number | null }, target?: Row['target']): Row => ({ metric, unit, ...v, ...(target ? { target } : {}) });
console.log(`Roundtable bench, ${plan.mode} mode (server on core 0, load on core 1)`);

// The browser scenarios run first: Chromium shares core 1 with this process, whose heap the
// relay scenarios' thousands of clients grow (its GC then ran during the page loads: in a full
// run B5b's first screenful took ~1.45 s after them, ~0.97 s alone). The report keeps its order.

if (wanted('B5')) {
  if (!webAppBuilt()) {
    scenarios.push({ id: 'B5', title: 'client', params: 'skipped', rows: [], notes: ['apps/web/dist is missing: run `pnpm build` (turbo builds it before `pnpm bench`).'] });
  } else {
    const results: B5Result[] = [];
    for (let rep = 0; rep < plan.b5.repetitions; rep++) {
      const r = await runB5(plan.b5);
      console.log(`  B5 rep ${rep + 1}/${plan.b5.repetitions}: ${JSON.stringify(r)}`);
      results.push(r);
    }
    raw.B5 = results;
    const med = (k: Exclude<keyof B5Result, 'renderedWhere' | 'firstRenderProfile' | 'wire'>) => ({ ours: median(results.map((r) => r[k])), reference: null });
    const rows = [
      row('time to first render (all agenda items in the DOM)', 'ms', med('firstRenderMs')),
      row('time to first render, next frame', 'ms', med('firstRenderFrameMs'), { kind: 'max', value: 1000, text: '< 1,000 ms' }),
      row('remote rename of one section → DOM updated', 'ms', med('remoteToDomMs')),
      row('remote rename of one section → next frame', 'ms', med('remoteToFrameMs')),
      row('the rename\'s message at the page → next frame', 'ms', med('arrivalToFrameMs'), { kind: 'max', value: 16.7, text: 'within a frame (16.7 ms)' }),
      row('React commits caused by the rename', 'count', med('commitsPerChange'), { kind: 'max', value: 1, text: '1' }),
      row('components rendered by the rename', 'count', med('componentsRenderedPerChange')),
      row('JS heap after load', 'MB', med('jsHeapMB')),
    ];
    const notes = [
      `Board: ${plan.b5.sections} sections (+ the template's 3) and ${plan.b5.members} members, ${plan.b5.members} presences; the relay serves apps/web/dist; no reference (the reference has no client). The tab already has a renderer process for the relay's site (it loaded /healthz first: a running browser keeps a spare renderer), and Chromium's omnibox WebUI preloading is off, so Chromium's own start-up is not counted as the page's.`,
      'Remote → DOM/frame is measured from the writer\'s send (bench process) to the page\'s MutationObserver / next requestAnimationFrame, both on the epoch clock (performance.timeOrigin + now()); that includes the relay\'s group commit and the network. "Message at the page → next frame" starts when the change\'s WebSocket message reaches the page (a listener that runs before y-websocket\'s): the client\'s own work, which the within-a-frame target is about.',
      'Commits and rendered components are counted by a stand-in React DevTools hook installed before the app loads (no change to apps/web).',
      `Where the last rename's components lie: ${results.at(-1)?.renderedWhere.join(', ') || '–'}.`,
      `Main thread until the first render (Chromium's Performance metrics, last repetition): ${mainThreadText(results.at(-1)?.firstRenderProfile)}.`,
      'The 2,000-card brainstorm board is B5b below.',
    ];
    scenarios.push({ id: 'B5', title: 'client (headless Chromium)', params: `${plan.b5.repetitions} repetition(s), ${plan.b5.changes} remote renames each.`, rows, notes });
  }
}

if (wanted('B5b') && webAppBuilt()) {
  const b = plan.b5brainstorm;
  const cards: B5BrainstormResult[] = [];
  for (let rep = 0; rep < b.repetitions; rep++) {
    const r = await runB5Brainstorm(b);
    console.log(`  B5 brainstorm rep ${rep + 1}/${b.repetitions}: ${JSON.stringify(r)}`);
    cards.push(r);
  }
  raw.B5brainstorm = cards;
  const medB = (k: Exclude<keyof B5BrainstormResult, 'renderedWhere' | 'firstRenderProfile' | 'drag' | 'wire'>) => ({ ours: median(cards.map((r) => r[k])), reference: null });
  scenarios.push({
    id: 'B5b',
    title: 'client, brainstorm board (headless Chromium)',
    params: `${b.repetitions} repetition(s), ${b.changes} remote card edits each.`,
    rows: [
      row('board state fetched over HTTP', 'ms', { ours: median(cards.map((r) => r.wire.stateFetchedMs)), reference: null }),
      row('WebSocket open', 'ms', { ours: median(cards.map((r) => r.wire.socketOpenMs)), reference: null }),
      row('first sync message arrives', 'ms', { ours: median(cards.map((r) => r.wire.firstSyncMessageMs)), reference: null }),
      row('last part of the sync arrives', 'ms', { ours: median(cards.map((r) => r.wire.lastSyncMessageMs)), reference: null }),
      row('time to first screenful (the cards in the viewport in the DOM)', 'ms', medB('firstScreenMs')),
      row('time to first screenful, next frame', 'ms', medB('firstScreenFrameMs'), { kind: 'max', value: 1000, text: '< 1,000 ms' }),
      row('bytes over the wire until the first screenful (HTTP bodies as sent)', 'KB', medB('firstScreenKB')),
      row('time until every card is in the DOM, next frame', 'ms', medB('firstRenderFrameMs')),
      row('remote edit of one card → DOM updated', 'ms', medB('remoteToDomMs')),
      row('remote edit of one card → next frame', 'ms', medB('remoteToFrameMs')),
      row('the edit\'s message at the page → next frame', 'ms', medB('arrivalToFrameMs'), { kind: 'max', value: 16.7, text: 'within a frame (16.7 ms)' }),
      row('React commits caused by the edit', 'count', medB('commitsPerChange'), { kind: 'max', value: 1, text: '1' }),
      row('components rendered by the edit', 'count', medB('componentsRenderedPerChange'), { kind: 'max', value: 1, text: 'that card only (1)' }),
      row('components rendered per pointer move of a drag', 'count', { ours: median(cards.map((r) => r.drag.componentsPerMove)), reference: null }),
      row('main thread per pointer move of a drag (script, style, layout, paint, commit)', 'ms', { ours: median(cards.map((r) => r.drag.mainThreadMsPerMove)), reference: null }),
      row('median gap between frames during the drag', 'ms', { ours: median(cards.map((r) => r.drag.medianFrameGapMs)), reference: null }),
      row('gaps between frames over 33 ms during the drag', 'count', { ours: median(cards.map((r) => r.drag.gapsOver33Ms)), reference: null }),
      row('longest gap between frames during the drag', 'ms', { ours: median(cards.map((r) => r.drag.worstFrameGapMs)), reference: null }, { kind: 'max', value: 33.4, text: 'no frame dropped twice (33 ms)' }),
      row('JS heap after load', 'MB', medB('jsHeapMB')),
    ],
    notes: [
      `Board: one brainstorm section in its cluster phase with ${b.cards} cards in ${b.columns} columns, ${b.members} members all present on it (plus the template's sections); seeded through named operations (one addCard per card).`,
      'First screenful: navigation start until every column shows all its cards or cards down past the 900 px viewport (MutationObserver), then the next requestAnimationFrame; every card: until all cards are in the DOM, then the next frame. As in B5, the renderer process for the relay\'s site is already up and the omnibox WebUI preloading is off (Chromium\'s start-up work: about 200-300 ms and up to 1.4 s of CPU on this machine).',
      'A remote edit changes one card\'s text (editCard by its author); the page watches that card\'s text node. As in B5, "→" times start at the writer\'s send, "message at the page" times at the WebSocket message\'s arrival.',
      'The wire rows are ms since navigation start: the page fetches the board\'s state over HTTP as it starts and applies it, then its WebSocket opens and the relay\'s sync messages (y-websocket type 0) bring what came since.',
      `Where the last edit's components lie: ${cards.at(-1)?.renderedWhere.join(', ') || '–'} (a card is named by its id).`,
      `Main thread until the first render (Chromium's Performance metrics, last repetition): ${mainThreadText(cards.at(-1)?.firstRenderProfile)}.`,
    ],
  });
}

if (wanted('B1')) {
  const rows: Row[] = [];
  const notes: string[] = [];
  let verified = false;
  for (const readers of plan.b1.readers) {
    for (const rate of plan.b1.rates) {
      const verify = !verified;
      verified = true;
      const r = await sideBySide(`B1 ${rate}/s × ${readers}`, plan.repetitions, (s) => runB1(s, { rate, readers, durationMs: plan.b1.durationMs, warmupMs: plan.b1.warmupMs, verify }));
      raw[`B1-${rate}-${readers}`] = r;
      const tag = `${rate}/s, ${readers} readers`;
      rows.push(row(`p50 delivery, ${tag}`, 'ms', m(r, 'p50Ms')));
      rows.push(row(`p99 delivery, ${tag}`, 'ms', m(r, 'p99Ms'), { kind: 'ratio', value: 0.5, text: '≤ ½ reference' }));
      rows.push(row(`server CPU per update per reader, ${tag}`, 'µs', m(r, 'cpuUsPerUpdatePerReader'), { kind: 'ratio', value: 0.5, text: '≤ ½ reference' }));
      rows.push(row(`server CPU busy, ${tag}`, '%', m(r, 'serverCpuPercent')));
      rows.push(row(`deliveries received, ${tag}`, 'fraction', m(r, 'deliveredFraction')));
      if (verify) {
        for (const kind of ['roundtable', 'reference'] as const) {
          const check = r.runs[kind][0]?.check;
          const line = `stock y-websocket client next to the load (${kind}): ${check?.ok ? 'PASS' : 'FAIL'} — ${check?.detail ?? 'not run'}`;
          console.log(`  ${line}`);
          notes.push(`Load generator check: ${line}.`);
        }
      }
      const closed = [...r.runs.roundtable, ...r.runs.reference].reduce((n, x) => n + x.readersClosed, 0);
      if (closed) notes.push(`${tag}: ${closed} reader(s) were closed by a server (slow reader) across repetitions.`);
    }
  }
  // DESIGN §4: the cost of synchronous=FULL (survives power loss) against the NORMAL default.
  const [rate, readers] = [plan.b1.rates[0] ?? 500, plan.b1.readers[0] ?? 100];
  const fsync = await sideBySide(`B1 ${rate}/s × ${readers}, SQLite synchronous=FULL`, plan.repetitions, (s) => runB1(s, { rate, readers, durationMs: plan.b1.durationMs, warmupMs: plan.b1.warmupMs, verify: false }), { env: { ROUNDTABLE_SQLITE_SYNC: 'full' } });
  raw[`B1-${rate}-${readers}-sync-full`] = fsync;
  const fullTag = `${rate}/s, ${readers} readers, relay with synchronous=FULL`;
  rows.push(row(`p50 delivery, ${fullTag}`, 'ms', m(fsync, 'p50Ms')));
  rows.push(row(`p99 delivery, ${fullTag}`, 'ms', m(fsync, 'p99Ms')));
  rows.push(row(`server CPU per update per reader, ${fullTag}`, 'µs', m(fsync, 'cpuUsPerUpdatePerReader')));
  scenarios.push({ id: 'B1', title: 'broadcast', params: `1 writer (renameSection, one update each), raw readers on one board; ${plan.b1.durationMs / 1000} s measured after ${plan.b1.warmupMs / 1000} s warm-up.`, rows, notes });
}

if (wanted('B2')) {
  const rows: Row[] = [];
  const n = plan.b2.connections;
  const one = await sideBySide(`B2 ${n} on one board`, plan.repetitions, (s) => runB2(s, { connections: n, layout: 'oneBoard', settleMs: plan.b2.settleMs }));
  const each = await sideBySide(`B2 ${n} boards`, plan.repetitions, (s) => runB2(s, { connections: n, layout: 'boardEach', settleMs: plan.b2.settleMs }));
  raw.B2 = { oneBoard: one, boardEach: each };
  const perConn = m(one, 'rssPerConnectionKB');
  const perBoardConn = m(each, 'rssPerConnectionKB');
  rows.push(row(`RSS per idle connection, ${n} on one board`, 'KB', perConn, { kind: 'max', value: 6, text: '≤ 6 KB' }));
  rows.push(row(`RSS per connection + its board, ${n} boards`, 'KB', perBoardConn));
  rows.push(row('RSS per loaded board (difference)', 'KB', { ours: perBoardConn.ours - perConn.ours, reference: perBoardConn.reference - perConn.reference }));
  rows.push(row('RSS after start (baseline)', 'MB', m(one, 'rssBaselineMB')));
  scenarios.push({ id: 'B2', title: 'idle connections', params: `${n} synced, silent raw connections; RSS growth over the post-start baseline (boards created first) ÷ ${n}.`, rows, notes: [] });
}

if (wanted('B3')) {
  const r = await sideBySide('B3 cold join', plan.repetitions, (s) => runB3(s, plan.b3));
  raw.B3 = r;
  const rows = [
    row('board size (encoded state)', 'KB', { ours: (r.medians.roundtable.boardBytes ?? 0) / 1024, reference: (r.medians.reference.boardBytes ?? 0) / 1024 }),
    row(`time until synced, p50 of ${plan.b3.clients}`, 'ms', m(r, 'syncedP50Ms')),
    row(`time until all ${plan.b3.clients} synced (max)`, 'ms', m(r, 'syncedMaxMs'), { kind: 'max', value: 3000, text: '≤ 3,000 ms' }),
    row('peak RSS during the join', 'MB', m(r, 'peakRssMB')),
    row('RSS before the join', 'MB', m(r, 'rssBeforeMB')),
  ];
  const failed = [...r.runs.roundtable, ...r.runs.reference].reduce((n, x) => n + x.failed, 0);
  const notes = ['The relay unloads the idle board (after its writer leaves) and loads it from SQLite for the joiners; the reference keeps every document in memory for ever.'];
  if (failed) notes.push(`${failed} join(s) failed across repetitions.`);
  if (plan.mode === 'quick') notes.push(`Quick mode uses a ${plan.b3.boardBytes / 1e6} MB board; \`--full\` uses 5 MB.`);
  scenarios.push({ id: 'B3', title: 'cold join', params: `${plan.b3.clients} raw clients join at once a board seeded through the model to ~${plan.b3.boardBytes / 1e6} MB (sections with 200-character titles + log records).`, rows, notes });
}

if (wanted('B4')) {
  const r = await sideBySide('B4 awareness', plan.repetitions, (s) => runB4(s, plan.b4));
  raw.B4 = r;
  const rows = [
    row('server CPU busy', '%', m(r, 'serverCpuPercent')),
    row('server CPU per presence update', 'µs', m(r, 'cpuUsPerPresenceUpdate')),
    row('server CPU per delivered presence', 'µs', m(r, 'cpuUsPerDelivery')),
    row('presences delivered to the load', 'fraction', m(r, 'deliveredFraction')),
  ];
  scenarios.push({ id: 'B4', title: 'awareness', params: `${plan.b4.clients} clients on one board, each sending a new presence (name, cursor) at 1 Hz, random phase; ${plan.b4.durationMs / 1000} s.`, rows, notes: [] });
}

if (wanted('B6')) {
  const p = plan.b6;
  const services = await startScaleServices();
  try {
    const results = new Map<string, B6Result[]>();
    const configs: [string, B6Layout, number, number][] = [
      ['one', 'one', p.rate, p.readers],
      ['cross', 'cross', p.rate, p.readers],
      ['one-load', 'one', p.throughputRate, p.throughputReaders],
      ['split-load', 'split', p.throughputRate, p.throughputReaders],
    ];
    // Alternating configurations per repetition, a fresh relay process (or two) each time.
    for (let rep = 0; rep < p.repetitions; rep++) {
      for (const [key, layout, rate, readers] of configs) {
        const r = await runB6(services, { layout, rate, readers, durationMs: p.durationMs, warmupMs: p.warmupMs });
        console.log(`  B6 ${key} ${rate}/s × ${readers} rep ${rep + 1}/${p.repetitions}: ${JSON.stringify(r)}`);
        results.set(key, [...(results.get(key) ?? []), r]);
      }
    }
    raw.B6 = Object.fromEntries(results);
    const med = (key: string, k: keyof B6Result) => median((results.get(key) ?? []).map((r) => r[k]));
    const pair = (two: string, one: string, k: keyof B6Result) => ({ ours: med(two, k), reference: med(one, k) });
    const tag = `${p.rate}/s, ${p.readers} readers`;
    const load = `${p.throughputRate}/s, ${p.throughputReaders} readers`;
    const rows: Row[] = [
      row(`p50 delivery, ${tag} (two: writer on A, readers on B)`, 'ms', pair('cross', 'one', 'p50Ms')),
      row(`p99 delivery, ${tag} (two: writer on A, readers on B)`, 'ms', pair('cross', 'one', 'p99Ms')),
      row(`relay CPU per update per reader, ${tag}, all relays`, 'µs', pair('cross', 'one', 'cpuUsPerUpdatePerReader')),
      row(`deliveries received, ${tag}`, 'fraction', pair('cross', 'one', 'deliveredFraction')),
      row(`p50 delivery, ${load} (two: split between A and B)`, 'ms', pair('split-load', 'one-load', 'p50Ms')),
      row(`p99 delivery, ${load} (two: split between A and B)`, 'ms', pair('split-load', 'one-load', 'p99Ms')),
      row(`busiest relay's CPU busy, ${load}`, '%', pair('split-load', 'one-load', 'busiestRelayCpuPercent')),
      row(`relay CPU per update per reader, ${load}, all relays`, 'µs', pair('split-load', 'one-load', 'cpuUsPerUpdatePerReader')),
      row(`deliveries per second, ${load}`, '/s', pair('split-load', 'one-load', 'deliveriesPerSecond')),
      row(`projected deliveries per second at a full core per relay, ${load}`, '/s', pair('split-load', 'one-load', 'projectedDeliveriesPerSecond')),
    ];
    const closed = [...results.values()].flat().reduce((n, r) => n + r.readersClosed, 0);
    const notes = [
      'Both configurations store in the same throwaway Postgres (fsync off); the two-relay one adds redis-server. Postgres and Redis are not pinned (they share both cores with everything else); every relay is pinned to core 0, so two relays share one core here: the measured deliveries per second cannot grow, and "projected" divides them by the busiest relay\'s CPU share (what each relay could carry on a core of its own).',
      ...(closed ? [`${closed} reader(s) were closed by a relay (slow reader) across repetitions.`] : []),
    ];
    scenarios.push({ id: 'B6', title: 'scale-out (two relays over Postgres + Redis vs one relay over Postgres)', params: `1 writer on relay A (renameSection, one update each); raw readers; ${p.durationMs / 1000} s measured after ${p.warmupMs / 1000} s warm-up; ${p.repetitions} repetition(s), medians.`, rows, notes, columns: ['two relays', 'one relay'] });
  } finally {
    await services.stop();
  }
}

/** "script 812 ms, style 140 ms, …" for a report note. */
function mainThreadText(f: MainThreadProfile | undefined): string {
  return f ? `script ${Math.round(f.scriptMs)} ms, style ${Math.round(f.styleMs)} ms, layout ${Math.round(f.layoutMs)} ms, all tasks ${Math.round(f.taskMs)} ms` : '–';
}

const REPORT_ORDER = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B5b'];
scenarios.sort((a, b) => REPORT_ORDER.indexOf(a.id) - REPORT_ORDER.indexOf(b.id));
const run: RunReport = { mode: plan.mode, startedAt: started.toISOString(), durationS: (performance.now() - t0) / 1000, machine: describeMachine(), repetitions: plan.repetitions, scenarios, raw };
printReport(run);
const file = writeResults(run, only !== undefined);
const md = only ? null : writeMarkdown(run);
console.log(`\nresults: ${file}${md ? `\nreport: ${md}` : ''}\ntotal ${Math.round(run.durationS)} s`);
process.exit(0);
