import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LabCertificates } from './lab-certificates.ts';
import { startInNamespace, type NamespaceProcess } from './lab-process.ts';
import { HEALTHY_SERVER_SETTINGS, type LabServerSettings, type LabServersMessage, type LabServersStartup } from './lab-servers.ts';

/** The repository's root. */
export const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..');

/** The Node 24 the repository installs (`node_modules/.bin/node`), falling back to the one running now. */
export function repositoryNode(): string {
  const local = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'node');
  return existsSync(local) ? local : process.execPath;
}

/** The internet's servers, running in the internet namespace. */
export interface LabServersProcess {
  running(): boolean;
  /** Switches every server's behaviour; resolves once applied. */
  configure(settings: LabServerSettings): Promise<void>;
  stop(): Promise<void>;
}

/** Starts lab-servers.ts inside `namespace` and waits (bounded) until every server listens. */
export async function startLabServersProcess(
  namespace: string,
  certificates: LabCertificates,
  workDir: string,
  timeoutMs = 15_000,
): Promise<LabServersProcess> {
  const startupFile = join(workDir, 'servers-startup.json');
  const startup: LabServersStartup = { certificates };
  writeFileSync(startupFile, JSON.stringify(startup));
  const serverProcess: NamespaceProcess = startInNamespace(namespace, repositoryNode(), [join(import.meta.dirname, 'lab-servers.ts'), startupFile], {
    logFile: join(workDir, 'servers.log'),
    pipeStdio: true,
    cwd: REPOSITORY_ROOT,
  });
  const { stdin, stdout } = serverProcess.child;
  if (!stdin || !stdout) throw new Error('lab servers: no pipes to the process');
  stdin.on('error', () => undefined);

  const waiting = new Map<number, (message: LabServersMessage) => void>();
  let onReady: (() => void) | undefined;
  createInterface({ input: stdout }).on('line', (line) => {
    let message: LabServersMessage;
    try {
      message = JSON.parse(line) as LabServersMessage;
    } catch {
      return;
    }
    if ('event' in message) onReady?.();
    else waiting.get(message.id)?.(message);
  });

  const exited = new Promise<never>((_, reject) =>
    serverProcess.child.once('exit', () => reject(new Error(`lab servers exited (see ${workDir}/servers.log)`))),
  );
  exited.catch(() => undefined);
  const bounded = <T>(promise: Promise<T>, what: string, ms: number): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`lab servers: ${what} took more than ${ms} ms (see ${workDir}/servers.log)`)), ms);
    });
    return Promise.race([promise, exited, late]).finally(() => clearTimeout(timer));
  };

  try {
    await bounded(new Promise<void>((resolve) => (onReady = resolve)), 'starting', timeoutMs);
  } catch (error) {
    await serverProcess.stop();
    throw error;
  }

  let nextId = 1;
  const servers: LabServersProcess = {
    running: () => serverProcess.running(),
    async configure(settings) {
      const id = nextId++;
      const reply = new Promise<LabServersMessage>((resolve) => waiting.set(id, resolve));
      stdin.write(`${JSON.stringify({ id, settings })}\n`);
      try {
        const message = await bounded(reply, 'applying settings', 5000);
        if ('ok' in message && !message.ok) throw new Error(`lab servers refused settings: ${message.error ?? ''}`);
      } finally {
        waiting.delete(id);
      }
    },
    async stop() {
      stdin.end();
      await serverProcess.stop();
    },
  };
  await servers.configure(HEALTHY_SERVER_SETTINGS);
  return servers;
}
