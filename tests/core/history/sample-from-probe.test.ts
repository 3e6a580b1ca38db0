import { expect, it } from 'vitest';
import { sampleFromProbe } from '../../../src/core/history/sample-from-probe.ts';
import type { ProbeResult } from '../../../src/core/probe/probe-result.ts';

it('keeps what history stores of a probe: outcome, status, timings, cf-ray, and the local-network flag', () => {
  const probe: ProbeResult = {
    url: 'https://chatgpt.com/',
    method: 'HEAD',
    outcome: 'edge-origin-error',
    status: 522,
    timings: { dnsMs: 4, connectMs: 20, tlsMs: 30, ttfbMs: 400, totalMs: 410 },
    edge: { cfRay: '8f3a1b2c3d4e5f60-ICN', server: 'cloudflare' },
    remoteAddress: '127.0.0.1',
  };
  expect(sampleFromProbe('chatgpt', probe, 1_000, false)).toEqual({
    serviceId: 'chatgpt',
    time: 1_000,
    outcome: 'edge-origin-error',
    status: 522,
    timings: probe.timings,
    cfRay: '8f3a1b2c3d4e5f60-ICN',
    localProblem: false,
  });
  const silent = sampleFromProbe('claude', { url: 'https://claude.ai/', method: 'HEAD', outcome: 'dns-error', timings: { totalMs: 3 } }, 2_000, true);
  expect(silent).toEqual({ serviceId: 'claude', time: 2_000, outcome: 'dns-error', timings: { totalMs: 3 }, localProblem: true });
});
