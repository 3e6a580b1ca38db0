import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAB_HOSTS, LAB_LINKS, PUBLIC_DNS_RECORDS } from './lab-addresses.ts';
import { createLabCertificates, type LabCertificates } from './lab-certificates.ts';
import { registerCleanup } from './lab-cleanup.ts';
import { writeLabCheckConfig } from './lab-config.ts';
import { startDnsmasq, type DnsmasqInstance } from './lab-dnsmasq.ts';
import { applyFault, ISP_FORWARDING_LINES, type FaultPlan, type LabFault } from './lab-faults.ts';
import { createLabTopology, type LabTopology } from './lab-network.ts';
import type { LabServerSettings } from './lab-servers.ts';
import { startLabReaper } from './lab-reaper.ts';
import { repositoryNode, startLabServersProcess, type LabServersProcess } from './lab-servers-process.ts';
import { runCheckInLab, type LabCheckRun } from './run-check-in-lab.ts';

/** The default diagnosis deadline of lab runs: short enough for a fast suite, long enough for TCP retransmits. */
export const LAB_DEADLINE_MS = 4000;

/** A running lab. */
export interface Lab {
  readonly topology: LabTopology;
  readonly certificates: LabCertificates;
  /** Logs (servers, dnsmasq), the PKI and the CLI configs live here until `close`. */
  readonly workDir: string;
  /** The fault in place now. */
  readonly fault: LabFault;
  /** Restores the healthy baseline, then makes `fault`. */
  apply(fault: LabFault): Promise<FaultPlan>;
  /** `status-doctor check --json` inside the client namespace, under the fault in place. */
  runCheck(options?: { readonly deadlineMs?: number; readonly timeoutMs?: number; readonly extraArgs?: readonly string[] }): Promise<LabCheckRun>;
  /** Stops every process and removes the namespaces and the work directory. Idempotent. */
  close(): Promise<void>;
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, index) => line === b[index]);

/**
 * Builds the lab: namespaces and links, a fresh PKI, the public resolvers
 * and the internet's servers, the ISP resolver on the router. The lab starts
 * healthy. Set `SDLAB_KEEP_WORKDIR=1` to keep the logs after `close`.
 */
export async function startLab(): Promise<Lab> {
  const workDir = mkdtempSync(join(tmpdir(), `sdlab-${process.pid}-`));
  const removeWorkDir = registerCleanup(() => {
    if (process.env.SDLAB_KEEP_WORKDIR !== '1') rmSync(workDir, { recursive: true, force: true });
  });
  let topology: LabTopology | undefined;
  let reaper: { release(): void } | undefined;
  const processes: { stop(): Promise<void> }[] = [];
  try {
    topology = await createLabTopology();
    const { router, internet, client } = topology.namespaces;
    reaper = startLabReaper(repositoryNode(), workDir, [client, router, internet]);
    const certificates = await createLabCertificates(join(workDir, 'pki'));

    const publicLines = [...PUBLIC_DNS_RECORDS.map(([name, address]) => `host-record=${name},${address}`), 'local=/#/'];
    const startPublic = () => startDnsmasq(internet, 'public-resolvers', LAB_HOSTS.publicResolvers, publicLines, workDir);
    const startIsp = (lines: readonly string[]) =>
      startDnsmasq(router, 'isp-resolver', [LAB_LINKS.routerLanAddress], [...lines, ...ISP_FORWARDING_LINES], workDir);

    let publicResolvers: DnsmasqInstance = await startPublic();
    let ispLines: readonly string[] = [];
    let isp: DnsmasqInstance = await startIsp(ispLines);
    let servers: LabServersProcess = await startLabServersProcess(internet, certificates, workDir);
    processes.push({ stop: () => publicResolvers.stop() }, { stop: () => isp.stop() }, { stop: () => servers.stop() });

    let fault: LabFault = 'healthy';
    let clockOffset: string | undefined;
    let closing: Promise<void> | undefined;
    const builtTopology = topology;

    const lab: Lab = {
      topology: builtTopology,
      certificates,
      workDir,
      get fault() {
        return fault;
      },
      async apply(next) {
        if (!publicResolvers.running()) publicResolvers = await startPublic();
        const plan = await applyFault(
          {
            topology: builtTopology,
            async setIspResolver(lines) {
              if (isp.running() && sameLines(lines, ispLines)) return;
              await isp.stop();
              ispLines = lines;
              isp = await startIsp(lines);
            },
            async configureServers(settings: LabServerSettings) {
              if (!servers.running()) servers = await startLabServersProcess(internet, certificates, workDir);
              await servers.configure(settings);
            },
          },
          next,
        );
        fault = next;
        clockOffset = plan.clientClockOffset;
        return plan;
      },
      runCheck(options = {}) {
        return runCheckInLab({
          namespace: client,
          configPath: writeLabCheckConfig(workDir, certificates.caFile, options.deadlineMs ?? LAB_DEADLINE_MS),
          ...(clockOffset ? { clockOffset } : {}),
          ...(options.extraArgs ? { extraArgs: options.extraArgs } : {}),
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        });
      },
      close() {
        closing ??= (async () => {
          await Promise.allSettled(processes.map((p) => p.stop()));
          builtTopology.destroy();
          removeWorkDir();
          reaper?.release();
        })();
        return closing;
      },
    };
    return lab;
  } catch (error) {
    await Promise.allSettled(processes.map((p) => p.stop()));
    topology?.destroy();
    removeWorkDir();
    reaper?.release();
    throw error;
  }
}

/**
 * Runs `body` with a fresh lab and always tears it down, whatever `body`
 * does. For `npm run bench` and one-off scripts:
 * `await withLab(async (lab) => { await lab.apply('healthy'); const run = await lab.runCheck(); })`.
 */
export async function withLab<T>(body: (lab: Lab) => Promise<T>): Promise<T> {
  const lab = await startLab();
  try {
    return await body(lab);
  } finally {
    await lab.close();
  }
}
