import { existsSync, readFileSync } from 'node:fs';

/**
 * Linux's /proc reports CPU time in USER_HZ ticks, which the kernel ABI
 * fixes at 100 per second whatever the kernel's own HZ.
 */
const USER_HZ = 100;

/** True where /proc gives per-process memory and CPU (Linux). */
export function canSampleProcesses(): boolean {
  return existsSync('/proc/self/stat') && existsSync('/proc/self/status');
}

/** Resident set size (VmRSS) of `pid`, in bytes. */
export function readRssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** User + system CPU time `pid` has used so far, in seconds. */
export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 11 and 12 after "pid (comm) ".
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`unreadable /proc/${pid}/stat`);
  return ticks / USER_HZ;
}

/** One process over one window. */
export interface ProcessWindow {
  /** Largest VmRSS seen, in bytes. */
  readonly maxRssBytes: number;
  /** CPU time used during the window over its wall time, in % of one core. */
  readonly cpuPercent: number;
  /** CPU seconds used during the window (resolution 10 ms). */
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
}

/** Watches `pid` for `windowMs`: VmRSS every `everyMs` (max kept), CPU time at both ends. */
export async function sampleProcess(pid: number, windowMs: number, everyMs: number): Promise<ProcessWindow> {
  const startedAt = performance.now();
  const cpuBefore = readCpuSeconds(pid);
  let maxRssBytes = readRssBytes(pid);
  while (performance.now() - startedAt < windowMs) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(everyMs, windowMs - (performance.now() - startedAt))));
    maxRssBytes = Math.max(maxRssBytes, readRssBytes(pid));
  }
  const cpuSeconds = readCpuSeconds(pid) - cpuBefore;
  const wallSeconds = (performance.now() - startedAt) / 1000;
  return { maxRssBytes, cpuSeconds, wallSeconds, cpuPercent: (cpuSeconds / wallSeconds) * 100 };
}
