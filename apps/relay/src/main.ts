/** The relay's entry point: config, server, signals. `node dist/main.js` (or `pnpm start` at the root). */
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type Config } from './config.js';
import { chooseLogFormat, createLogger } from './logger.js';
import { createMetrics } from './metrics.js';
import { startRelay } from './server.js';
import { BackendError, openBackends, type Backends } from './backends.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`roundtable relay: ${error.message}`);
  process.exit(1);
}

const log = createLogger(config.logLevel, chooseLogFormat(config.logFormat, process.stdout.isTTY));
const webDir = config.webDir ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const metrics = createMetrics();
let backends: Backends;
try {
  backends = await openBackends(config, log, metrics);
} catch (error) {
  if (!(error instanceof BackendError)) throw error;
  console.error(`roundtable relay: ${error.message}`);
  process.exit(1);
}
const relay = await startRelay({ ...config, webDir }, log, { ...backends, metrics }).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw error;
  console.error(`roundtable relay: cannot listen on ${config.host}:${config.port} (${code}); set PORT or HOST`);
  process.exit(1);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
