import type { ProxyEvidence } from '../network-evidence.ts';
import { startDeadline } from '../system/check-deadline.ts';
import type { CommandResult, CommandRunner } from '../system/command-runner.ts';
import { envProxies, noProxyCovers } from './env-proxies.ts';
import { GSETTINGS_PROXY_KEYS, gnomeProxies, gvariantText, type GsettingsProxyValues } from './parse-gsettings-proxy.ts';
import { parseScutilProxy } from './parse-scutil-proxy.ts';
import { parseWindowsInternetSettings } from './parse-windows-internet-settings.ts';
import { probeThroughProxy as realProbe, type ProxyProbe, type ProxyProbeResult } from './probe-through-proxy.ts';
import { describeProxy, type ProxySetting } from './proxy-setting.ts';

/** Limits of one proxy check. */
export interface ProxyCheckOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** What {@link checkProxy} runs on. */
export interface ProxyCheckDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runCommand: CommandRunner;
  readonly platform: NodeJS.Platform;
  /** One request through a proxy; undici's ProxyAgent by default. */
  readonly probeThroughProxy?: ProxyProbe;
}

/** The fixed commands that read the system proxy settings. */
export const PROXY_SETTING_COMMANDS = {
  scutil: ['scutil', ['--proxy']],
  internetSettings: ['reg', ['query', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings']],
  gsettings: (schema: string, key: string) => ['gsettings', ['get', schema, key]] as const,
} as const;

/** At most this many distinct proxies are tried. */
const MAX_PROBES = 3;

// A probe gives up this long before the check's deadline, so that a proxy
// that never answers is reported as such rather than as "ran out of time".
const DEADLINE_MARGIN_MS = 100;

type Run = (file: string, args: readonly string[]) => Promise<CommandResult>;

const output = (result: CommandResult): string | undefined => (result.exitCode === 0 && !result.timedOut ? result.stdout : undefined);

async function gnomeSettings(run: Run): Promise<{ proxies: ProxySetting[]; read: boolean }> {
  const [modeKey, ...rest] = GSETTINGS_PROXY_KEYS;
  const mode = output(await run(...PROXY_SETTING_COMMANDS.gsettings(...modeKey)));
  if (mode === undefined) return { proxies: [], read: false };
  const modeValue = gvariantText(mode);
  if (modeValue !== 'manual' && modeValue !== 'auto') return { proxies: [], read: true };
  const outputs = await Promise.all(rest.map(async ([schema, key]) => output(await run(...PROXY_SETTING_COMMANDS.gsettings(schema, key)))));
  const [autoconfigUrl, httpsHost, httpsPort, httpHost, httpPort, socksHost, socksPort] = outputs;
  const values: GsettingsProxyValues = { mode, autoconfigUrl, httpsHost, httpsPort, httpHost, httpPort, socksHost, socksPort };
  return { proxies: gnomeProxies(values), read: true };
}

async function systemProxies(platform: NodeJS.Platform, run: Run): Promise<{ proxies: ProxySetting[]; read: boolean }> {
  if (platform === 'darwin') {
    const text = output(await run(...PROXY_SETTING_COMMANDS.scutil));
    return text === undefined ? { proxies: [], read: false } : { proxies: parseScutilProxy(text), read: true };
  }
  if (platform === 'win32') {
    const result = await run(...PROXY_SETTING_COMMANDS.internetSettings);
    // reg exits 1 when the key does not exist: no settings, so no proxy.
    if (result.exitCode === 1 && !result.timedOut && !result.missing) return { proxies: [], read: true };
    const text = output(result);
    return text === undefined ? { proxies: [], read: false } : { proxies: parseWindowsInternetSettings(text), read: true };
  }
  if (platform === 'linux') {
    const gnome = await gnomeSettings(run);
    // No gsettings (no GNOME, a server) is not a failure: the environment is all there is.
    return gnome.read ? gnome : { proxies: [], read: true };
  }
  return { proxies: [], read: true };
}

function failure(result: ProxyProbeResult): string | undefined {
  if (result.status === 407 || result.error === 'proxy-status-407') return 'answered 407 (it wants a password)';
  if (result.error === 'refused') return 'refused the connection';
  if (result.error === 'timeout') return 'did not answer in time';
  return undefined;
}

/**
 * Finds the proxies configured for this user (HTTPS_PROXY, HTTP_PROXY,
 * ALL_PROXY in any case; macOS `scutil --proxy`; Windows Internet Settings
 * in the registry; GNOME's gsettings) and, when `controlUrl` is given,
 * sends one request to it through each HTTP proxy that applies (up to
 * three). `failing` when one of them answers 407, refuses the connection or
 * times out. SOCKS proxies and PAC scripts are reported, not tried. Never
 * rejects; `completed: false` when the system settings could not be read
 * or a probe was cut short by the deadline.
 */
export async function checkProxy(options: ProxyCheckOptions, deps: ProxyCheckDeps, controlUrl?: string): Promise<ProxyEvidence> {
  const deadline = startDeadline(options.timeoutMs, options.signal);
  const run: Run = (file, args) => deps.runCommand(file, args, { timeoutMs: deadline.remainingMs(), signal: deadline.signal });
  try {
    const system = await systemProxies(deps.platform, run).catch(() => ({ proxies: [] as ProxySetting[], read: false }));
    const target = controlUrl === undefined ? null : URL.parse(controlUrl);
    const targetScheme = target?.protocol === 'http:' ? 'http' : 'https';
    const env = envProxies(deps.env);
    const sources = [...new Set([...env, ...system.proxies].map((proxy) => proxy.source))];
    // NO_PROXY exempts the control host from the environment's proxies only.
    const fromEnv = target !== null && noProxyCovers(deps.env, target.hostname) ? [] : env;

    const candidates = [...fromEnv, ...system.proxies].filter(
      (proxy): proxy is ProxySetting & { url: string } => proxy.kind === 'http' && proxy.url !== undefined && (proxy.scheme === 'all' || proxy.scheme === targetScheme),
    );
    const unique = [...new Map(candidates.map((proxy) => [proxy.url, proxy])).values()].slice(0, MAX_PROBES);
    if (target === null || unique.length === 0) return { completed: system.read, sources, failing: false };

    const budgetMs = deadline.remainingMs() - DEADLINE_MARGIN_MS;
    if (budgetMs <= 0) return { completed: false, sources, failing: false };
    const probe = deps.probeThroughProxy ?? realProbe;
    const probes = Promise.all(
      unique.map(async (proxy) => ({ proxy, result: await probe(proxy.url, target.href, budgetMs).catch((): ProxyProbeResult => ({ error: 'error' })) })),
    );
    // The probe is meant to stop within its budget; the deadline holds even if it does not.
    const cutOff = new Promise<undefined>((resolve) => {
      if (deadline.signal.aborted) resolve(undefined);
      deadline.signal.addEventListener('abort', () => resolve(undefined), { once: true });
    });
    const results = await Promise.race([probes, cutOff]);
    if (results === undefined) return { completed: false, sources, failing: false };
    const failed = results.flatMap(({ proxy, result }) => {
      const why = failure(result);
      return why === undefined ? [] : [`The proxy ${describeProxy(proxy.url)} (from ${proxy.source}) ${why}`];
    });
    // A probe cut off by our own deadline says nothing about the proxy.
    if (deadline.signal.aborted && failed.length === results.length) return { completed: false, sources, failing: false };
    return {
      // A proxy seen failing is a finding even if the system settings could not be read.
      completed: system.read || failed.length > 0,
      sources,
      failing: failed.length > 0,
      ...(failed.length > 0 ? { detail: failed.join('; ') } : {}),
    };
  } finally {
    deadline.dispose();
  }
}
