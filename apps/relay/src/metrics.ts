/** Prometheus metrics (prom-client), served at GET /metrics. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A fresh registry with the relay's metrics (plus Node's defaults, event-loop lag included). */
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
    commitSeconds: new Histogram({
      name: 'roundtable_commit_seconds',
      help: 'Time one group commit (a batch of updates) takes in the store',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    batchSize: new Histogram({ name: 'roundtable_commit_batch_updates', help: 'Updates per group commit', buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], registers: [registry] }),
    redisPublished: new Counter({ name: 'roundtable_redis_published_total', help: 'Messages published to other relays, by kind (update, presence)', labelNames: ['kind'] as const, registers: [registry] }),
    redisPublishFailures: new Counter({ name: 'roundtable_redis_publish_failures_total', help: 'Messages that could not be published (Redis down); receivers fill the gap from the store', labelNames: ['kind'] as const, registers: [registry] }),
    redisReceived: new Counter({ name: 'roundtable_redis_received_total', help: 'Messages received from other relays, by kind', labelNames: ['kind'] as const, registers: [registry] }),
    foreignPresenceDropped: new Counter({ name: 'roundtable_foreign_presence_dropped_total', help: 'Presence entries dropped because the sender tried to set or remove a client id another connection holds', registers: [registry] }),
    bytesIn: new Counter({ name: 'roundtable_received_bytes_total', help: 'Bytes of WebSocket messages received from clients', registers: [registry] }),
    bytesOut: new Counter({ name: 'roundtable_sent_bytes_total', help: 'Bytes of WebSocket messages sent to clients', registers: [registry] }),
    gapFills: new Counter({ name: 'roundtable_gap_fills_total', help: 'Reads from the store to fill seqs missed on the fan-out (a lost message or a reconnect)', registers: [registry] }),
    syncParts: new Counter({ name: 'roundtable_sync_parts_total', help: 'Messages of sync replies sent in parts (replies over 256 KiB, so slow links keep receiving)', registers: [registry] }),
    ready: new Gauge({ name: 'roundtable_ready', help: '1 while the store and fan-out are reachable, else 0', registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
