import type { LookupFunction } from 'node:net';
import type { Prober } from '../../probe/create-prober.ts';
import type { ProbeResult } from '../../probe/probe-result.ts';
import type { ClockSample } from '../clock/estimate-clock-skew.ts';
import type { ControlResult, InternetEvidence } from '../network-evidence.ts';
import type { TlsInspection, TlsInspector } from '../tls/inspect-tls.ts';
import { controlProvesPath } from './control-proves-path.ts';

/** What {@link checkControlSites} is asked to check. */
export interface ControlSitesRequest {
  readonly controlUrls: readonly string[];
  /** Deadline for every control (they run in parallel), certificate inspection included. */
  readonly timeoutMs: number;
  /** Cancels the check: it then resolves at once with `completed: false`. */
  readonly signal?: AbortSignal;
  /** For the certificate inspection: the prober's extra CAs, so both agree on what is trusted. */
  readonly extraCaCertificates?: readonly string[];
  /** For the certificate inspection: the prober's name resolution, if it has its own. */
  readonly lookup?: LookupFunction;
}

/** What {@link checkControlSites} runs on. */
export interface ControlSitesDeps {
  readonly prober: Pick<Prober, 'probe'>;
  /** Reads a refused certificate (`inspectTls`); without it no certificate is inspected. */
  readonly inspectTls?: TlsInspector;
  /** The wall clock, for clock samples. */
  readonly now?: () => Date;
}

/** The certificate a control site presented when TLS failed. */
export interface PresentedCertificate {
  readonly issuer?: string;
  readonly subject?: string;
  /** ISO 8601. */
  readonly validFrom?: string;
  /** ISO 8601. */
  readonly validTo?: string;
  readonly authorizationError?: string;
}

/** A {@link ControlResult} plus the refused certificate's details, when it was inspected. */
export interface ControlSiteResult extends ControlResult {
  readonly certificate?: PresentedCertificate;
}

/** The internet evidence plus the `Date` headers seen, for `estimateClockSkew`. */
export interface ControlSitesFindings extends InternetEvidence {
  readonly controls: readonly ControlSiteResult[];
  readonly clockSamples: readonly ClockSample[];
}

/** Past the deadline a probe gets this long to report before it is counted as `timeout`. */
const OVERRUN_MS = 50;
/** Less time than this left after the probe is not worth a second connection. */
const MIN_INSPECTION_MS = 50;

/** Certificate problems worth a look at the certificate; handshake failures (EPROTO, ERR_SSL_*) have none to show. */
const CERTIFICATE_ERROR_CODES = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']);

/**
 * Asks "does anything beyond the router answer?": probes every control URL
 * (HEAD) in parallel with the prober and marks each `ok` when it proves the
 * path (see {@link controlProvesPath}).
 *
 * When an https control fails TLS on its certificate (`tls-untrusted`, or
 * `tls-error` with a certificate code such as CERT_HAS_EXPIRED or
 * CERT_NOT_YET_VALID) and time is left, `inspectTls` opens one more
 * connection to read the certificate: its issuer names an intercepting
 * product ("issued by 'Contoso Web Filter Root'"), its validity window and
 * the server's `Date` tell an expired certificate from a wrong local clock.
 * Each `Date` seen becomes a clock sample.
 *
 * Resolves (never rejects) within `timeoutMs` plus a few ms; a control with
 * no result by then is a `timeout`. `resolversAnswering` is left empty for
 * the DNS test's results. With no control URL the check is `completed` with
 * no controls, which proves nothing and blames nothing. `completed` is false
 * only when the signal cancelled the check.
 */
export async function checkControlSites(request: ControlSitesRequest, deps: ControlSitesDeps): Promise<ControlSitesFindings> {
  const now = deps.now ?? (() => new Date());
  const { controlUrls, timeoutMs, signal } = request;
  const startedAt = performance.now();
  const controls: (ControlSiteResult | undefined)[] = controlUrls.map(() => undefined);
  const clockSamples: ClockSample[] = [];

  const inspect = async (url: string): Promise<TlsInspection | undefined> => {
    const remainingMs = Math.floor(timeoutMs - (performance.now() - startedAt));
    if (deps.inspectTls === undefined || remainingMs < MIN_INSPECTION_MS || signal?.aborted === true) return undefined;
    const inspection = await deps
      .inspectTls(url, {
        timeoutMs: remainingMs,
        ...(signal !== undefined ? { signal } : {}),
        ...(request.extraCaCertificates !== undefined ? { extraCaCertificates: request.extraCaCertificates } : {}),
        ...(request.lookup !== undefined ? { lookup: request.lookup } : {}),
      })
      // An inspector that throws (it should not) costs only the certificate details, not the probe's result.
      .catch(() => undefined);
    return inspection?.completed === true ? inspection : undefined;
  };

  const runOne = async (url: string, index: number): Promise<void> => {
    const probe = await deps.prober.probe({ url, method: 'HEAD' }, { timeoutMs, ...(signal !== undefined ? { signal } : {}) });
    const inspection = refusedCertificate(probe) ? await inspect(url) : undefined;
    if (inspection?.serverDate !== undefined) clockSamples.push({ serverDate: inspection.serverDate, localAt: now() });
    controls[index] = toControlResult(url, probe, inspection);
  };

  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, timeoutMs) + OVERRUN_MS);
  });
  let onCancel: (() => void) | undefined;
  const cancelled = new Promise<void>((resolve) => {
    onCancel = () => resolve();
    if (signal?.aborted === true) resolve();
    else signal?.addEventListener('abort', onCancel, { once: true });
  });
  // A prober that throws (it should not) leaves its control without a result, i.e. `timeout`.
  const all = Promise.all(controlUrls.map((url, index) => runOne(url, index).catch(() => undefined)));
  await Promise.race([all, overrun, cancelled]);
  clearTimeout(timer);
  if (onCancel !== undefined) signal?.removeEventListener('abort', onCancel);

  const results = controlUrls.map(
    (url, index): ControlSiteResult => controls[index] ?? { url, ok: false, outcome: 'timeout' },
  );
  if (signal?.aborted === true) {
    return { completed: false, controls: results.filter((_, index) => controls[index] !== undefined), resolversAnswering: [], clockSamples: [...clockSamples] };
  }
  return { completed: true, controls: results, resolversAnswering: [], clockSamples: [...clockSamples] };
}

/** True when an https probe failed on the certificate the server presented. */
function refusedCertificate(probe: ProbeResult): boolean {
  if (!probe.url.startsWith('https:')) return false;
  if (probe.outcome === 'tls-untrusted') return true;
  const code = probe.errorCode;
  return probe.outcome === 'tls-error' && code !== undefined && (code.startsWith('CERT_') || CERTIFICATE_ERROR_CODES.has(code));
}

function toControlResult(url: string, probe: ProbeResult, inspection: TlsInspection | undefined): ControlSiteResult {
  const tlsFailed = probe.outcome === 'tls-error' || probe.outcome === 'tls-untrusted';
  const tlsErrorCode = tlsFailed ? (probe.errorCode ?? inspection?.authorizationError) : undefined;
  const certificate = inspection === undefined ? undefined : presentedCertificate(inspection);
  return {
    url,
    ok: controlProvesPath(probe),
    outcome: probe.outcome,
    ms: probe.timings.totalMs,
    ...(tlsErrorCode !== undefined ? { tlsErrorCode } : {}),
    ...(inspection?.issuer !== undefined ? { issuer: inspection.issuer } : {}),
    ...(inspection?.serverDate !== undefined ? { serverDate: inspection.serverDate } : {}),
    ...(certificate !== undefined ? { certificate } : {}),
  };
}

function presentedCertificate(inspection: TlsInspection): PresentedCertificate {
  const { issuer, subject, validFrom, validTo, authorizationError } = inspection;
  return {
    ...(issuer !== undefined ? { issuer } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(validFrom !== undefined ? { validFrom } : {}),
    ...(validTo !== undefined ? { validTo } : {}),
    ...(authorizationError !== undefined ? { authorizationError } : {}),
  };
}
