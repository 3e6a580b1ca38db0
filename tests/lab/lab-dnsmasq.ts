import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './lab-commands.ts';
import { startInNamespace, type NamespaceProcess } from './lab-process.ts';

/** One dnsmasq running in a lab namespace. */
export interface DnsmasqInstance {
  /** The scenario-specific lines it was started with (after the common ones). */
  readonly lines: readonly string[];
  running(): boolean;
  stop(): Promise<void>;
}

/**
 * Lines every lab dnsmasq starts with: only the given addresses, no host
 * files, no resolv.conf of the host, no cache (a scenario must see its own
 * answers, not the previous scenario's).
 */
function commonLines(listenAddresses: readonly string[], workDir: string, name: string): string[] {
  return [
    'no-resolv',
    'no-hosts',
    'no-poll',
    'bind-interfaces',
    'cache-size=0',
    'user=root',
    `pid-file=${join(workDir, `${name}.pid`)}`,
    `log-facility=${join(workDir, `${name}.log`)}`,
    'log-queries',
    ...listenAddresses.map((address) => `listen-address=${address}`),
  ];
}

async function listening(namespace: string, addresses: readonly string[]): Promise<boolean> {
  const result = await runCommand('ip', ['netns', 'exec', namespace, 'ss', '-Hlun'], { timeoutMs: 3000 });
  return addresses.every((address) => result.stdout.includes(`${address}:53 `));
}

/**
 * Starts dnsmasq (in the foreground, so its pid is ours to stop) inside a
 * namespace and waits, bounded, until it listens on every address.
 */
export async function startDnsmasq(
  namespace: string,
  name: string,
  listenAddresses: readonly string[],
  lines: readonly string[],
  workDir: string,
): Promise<DnsmasqInstance> {
  const configFile = join(workDir, `${name}.conf`);
  writeFileSync(configFile, [...commonLines(listenAddresses, workDir, name), ...lines, ''].join('\n'));
  const dnsmasq: NamespaceProcess = startInNamespace(namespace, 'dnsmasq', ['--keep-in-foreground', `--conf-file=${configFile}`], {
    logFile: join(workDir, `${name}.stderr.log`),
  });
  const started = Date.now();
  for (let attempt = 0; attempt < 100 && Date.now() - started < 5000; attempt++) {
    if (!dnsmasq.running()) break;
    if (await listening(namespace, listenAddresses)) return { lines: [...lines], running: () => dnsmasq.running(), stop: () => dnsmasq.stop() };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await dnsmasq.stop();
  throw new Error(`dnsmasq ${name} did not start listening on ${listenAddresses.join(', ')} (see ${workDir}/${name}.stderr.log)`);
}
