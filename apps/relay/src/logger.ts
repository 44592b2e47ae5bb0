/**
 * The relay's logger (pino): readable lines for a person watching a terminal, one JSON object
 * per line for everything else (a file, a pipe, a container's log collector). LOG_FORMAT
 * overrides the choice.
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

/** How log lines are written. */
export type LogFormat = 'pretty' | 'json';

/** Pretty when stdout is a terminal, JSON otherwise, unless `setting` (LOG_FORMAT) names one. */
export function chooseLogFormat(setting: Config['logFormat'], stdoutIsTTY: boolean | undefined): LogFormat {
  if (setting !== 'auto') return setting;
  return stdoutIsTTY === true ? 'pretty' : 'json';
}

/** A logger at `level` writing `format` to stdout. */
export function createLogger(level: Config['logLevel'], format: LogFormat): Logger {
  const options = { level, base: undefined };
  if (format === 'json') return pino(options);
  // Synchronous, in this thread: a terminal is for a person watching, not for throughput.
  return pino(options, pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
}
