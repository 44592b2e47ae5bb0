/**
 * B4 awareness: N clients on one board, each announcing a new presence (cursor, name) once a
 * second at a random phase, hand-encoded (no Y.Doc per client). Server CPU over the window,
 * per awareness update received and per presence it had to deliver (N-fold fan-out). A server
 * may coalesce several clients' presences into one message, so deliveries count the client
 * entries inside each awareness message, not messages.
 */
import { encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import * as decoding from 'lib0/decoding';
import { openClients } from '../loadgen/RawClient.js';
import type { ServerProcess } from '../servers/ServerProcess.js';

export interface B4Params {
  clients: number;
  durationMs: number;
}

export interface B4Result {
  serverCpuPercent: number;
  cpuUsPerPresenceUpdate: number;
  cpuUsPerDelivery: number;
  updatesSent: number;
  deliveredFraction: number;
}

/** How many clients' presences one awareness update carries (its leading varuint). */
function presenceCount(update: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(update));
}

export async function runB4(server: ServerProcess, p: B4Params): Promise<B4Result> {
  const board = await server.createBoard('B4 awareness');
  let received = 0;
  const clients = await openClients(p.clients, () => server.syncUrl(board), () => ({ onAwareness: (update) => (received += presenceCount(update)) }));
  const clocks = new Array<number>(p.clients).fill(0);
  const announce = (i: number) => {
    const clock = ++clocks[i]!;
    const state = { user: { name: `Member ${i}`, color: '#3366cc' }, cursor: { x: Math.round(Math.random() * 1000), y: Math.round(Math.random() * 800) }, section: 'agenda' };
    clients[i]?.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: 1_000_000 + i, clock, state }])));
  };
  for (let i = 0; i < p.clients; i++) announce(i); // everyone present before measuring
  await new Promise((resolve) => setTimeout(resolve, 1000));

  received = 0;
  let sent = 0;
  const cpu0 = server.cpuMicros();
  const t0 = performance.now();
  const timers = clients.map((_, i) =>
    setTimeout(() => {
      announce(i);
      sent++;
      timers[i] = setInterval(() => {
        announce(i);
        sent++;
      }, 1000);
    }, Math.random() * 1000),
  );
  await new Promise((resolve) => setTimeout(resolve, p.durationMs));
  for (const t of timers) clearInterval(t);
  // Drain: until everything sent has been delivered, or nothing more arrives for 300 ms.
  for (let last = -1; received !== last && received < sent * p.clients; ) {
    last = received;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const cpu = server.cpuMicros() - cpu0;
  const wallMs = performance.now() - t0;
  for (const c of clients) c.close();
  return {
    serverCpuPercent: (cpu / 1000 / wallMs) * 100,
    cpuUsPerPresenceUpdate: cpu / Math.max(1, sent),
    cpuUsPerDelivery: cpu / Math.max(1, sent * p.clients),
    updatesSent: sent,
    deliveredFraction: received / Math.max(1, sent * p.clients),
  };
}
