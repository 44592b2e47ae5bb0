/**
 * A TCP proxy on 127.0.0.1 that delivers what the server sends at a fixed rate (a slow link:
 * a phone on a train, a congested office uplink). The client's direction is not throttled.
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

export interface ThrottledProxy {
  port: number;
  close(): Promise<void>;
}

const TICK_MS = 20;

export async function throttledProxy(targetPort: number, bytesPerSecond: number): Promise<ThrottledProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream);
    const queue: Buffer[] = [];
    let queued = 0;
    let ended = false;
    upstream.on('data', (chunk: Buffer) => {
      queue.push(chunk);
      queued += chunk.byteLength;
      if (queued > 4 * bytesPerSecond * (TICK_MS / 1000) + 65536) upstream.pause();
    });
    upstream.on('end', () => (ended = true));
    const timer = setInterval(() => {
      let budget = Math.ceil((bytesPerSecond * TICK_MS) / 1000);
      while (budget > 0 && queue.length > 0) {
        const head = queue[0] as Buffer;
        const piece = head.subarray(0, budget);
        client.write(piece);
        budget -= piece.byteLength;
        queued -= piece.byteLength;
        if (piece.byteLength === head.byteLength) queue.shift();
        else queue[0] = head.subarray(piece.byteLength);
      }
      if (upstream.isPaused() && queued < 65536) upstream.resume();
      if (ended && queue.length === 0) {
        clearInterval(timer);
        client.end();
      }
    }, TICK_MS);
    const stop = () => {
      clearInterval(timer);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', stop).on('close', stop);
    upstream.on('error', stop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
