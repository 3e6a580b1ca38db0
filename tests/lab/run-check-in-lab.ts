import { join } from 'node:path';
import type { CheckReport } from '../../src/core/report/report-schema.ts';
import { LAB_COMMAND_ENV, runCommand } from './lab-commands.ts';
import { REPOSITORY_ROOT, repositoryNode } from './lab-servers-process.ts';

/** One `status-doctor check --json` inside the client namespace. */
export interface LabCheckRun {
  readonly code: number;
  /** The parsed report, when stdout held one. */
  readonly report?: CheckReport;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time of the whole command, process start and exit included. */
  readonly wallMs: number;
}

/** How to run it. */
export interface LabCheckOptions {
  /** The client namespace. */
  readonly namespace: string;
  readonly configPath: string;
  /** A faketime offset (`+365d`, `-365d`): the CLI then runs under faketime with that clock. */
  readonly clockOffset?: string;
  /** More arguments after `check --json --config FILE`. */
  readonly extraArgs?: readonly string[];
  /** Kill it after this long (default 45 s: far past any deadline, to tell a slow exit from a hang). */
  readonly timeoutMs?: number;
}

/**
 * Runs `status-doctor check --json --config FILE` through `ip netns exec
 * <client>` (so it sees the client's links, routes and resolv.conf), with
 * the repository's Node 24 and a clean environment: no proxy variables, no
 * NODE_OPTIONS (the loopback-only guard of the test process must not follow
 * the CLI into the lab, whose addresses are not loopback).
 */
export async function runCheckInLab(options: LabCheckOptions): Promise<LabCheckRun> {
  const command = [repositoryNode(), join(REPOSITORY_ROOT, 'bin', 'status-doctor.js'), 'check', '--json', '--config', options.configPath, ...(options.extraArgs ?? [])];
  const clock = options.clockOffset ? ['faketime', '-f', options.clockOffset] : [];
  const started = performance.now();
  const result = await runCommand('ip', ['netns', 'exec', options.namespace, ...clock, ...command], {
    timeoutMs: options.timeoutMs ?? 45_000,
    cwd: REPOSITORY_ROOT,
    env: {
      ...LAB_COMMAND_ENV,
      NO_COLOR: '1',
      // The offset applies to the wall clock only: timers and deadlines keep real time.
      ...(options.clockOffset ? { FAKETIME_DONT_FAKE_MONOTONIC: '1' } : {}),
    },
  });
  const wallMs = Math.round(performance.now() - started);
  let report: CheckReport | undefined;
  try {
    report = JSON.parse(result.stdout) as CheckReport;
  } catch {
    report = undefined;
  }
  return { code: result.code, ...(report ? { report } : {}), stdout: result.stdout, stderr: result.stderr, wallMs };
}
