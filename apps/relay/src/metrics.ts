/** Prometheus metrics (prom-client), served at GET /metrics. */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    connections: new Gauge({ name: 'roundtable_connections', help: 'Open WebSocket connections', registers: [registry] }),
    rooms: new Gauge({ name: 'roundtable_rooms', help: 'Boards loaded in memory', registers: [registry] }),
    updates: new Counter({ name: 'roundtable_updates_total', help: 'Document updates committed and relayed', registers: [registry] }),
    droppedViewUpdates: new Counter({ name: 'roundtable_view_updates_dropped_total', help: 'Document updates sent on view-only connections and dropped', registers: [registry] }),
    closes: new Counter({ name: 'roundtable_closes_total', help: 'Connections closed by the relay, by close code', labelNames: ['code'] as const, registers: [registry] }),
    refusedUpgrades: new Counter({ name: 'roundtable_refused_upgrades_total', help: 'WebSocket upgrades refused, by HTTP status', labelNames: ['status'] as const, registers: [registry] }),
    boardsCreated: new Counter({ name: 'roundtable_boards_created_total', help: 'Boards created', registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
