/**
 * A server process's CPU and memory as Linux reports them: /proc/<pid>/stat fields 14-15
 * (utime, stime in clock ticks) and /proc/<pid>/status VmRSS / VmHWM (kB).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** User + system CPU time the process has used, in microseconds. */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; fields after it start past the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1e6) / TICKS_PER_SECOND;
}

function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN);
}

/** Resident set size now, in bytes. */
export const rssBytes = (pid: number): number => statusKb(pid, 'VmRSS') * 1024;
/** Peak resident set size since start (or since `resetPeakRss`), in bytes. */
export const peakRssBytes = (pid: number): number => statusKb(pid, 'VmHWM') * 1024;

/** Resets VmHWM to the current RSS (Linux ≥ 4.0, own processes); false when refused. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
