import { describe, expect, it } from 'vitest';
import type { ServiceAssessment } from '../../../src/core/assessment/service-state.ts';
import type { NetworkEvidence } from '../../../src/core/network/network-evidence.ts';
import type { ServiceReport } from '../../../src/core/report/report-schema.ts';
import { describeVerdict } from '../../../src/core/verdict/describe-verdict.ts';
import { VERDICT_KINDS } from '../../../src/core/verdict/verdict-kind.ts';

const chat: ServiceReport = {
  id: 'chat',
  name: 'ChatGPT',
  state: 'outage',
  probes: [{ url: 'https://chatgpt.com/', method: 'HEAD', outcome: 'http-5xx', status: 502, timings: { totalMs: 80 }, attempts: 2, earlierOutcomes: ['http-5xx'] }],
};
const assessment: ServiceAssessment = { state: 'outage', reasons: ['probes-failing'], rateLimited: false };
const evidence: NetworkEvidence = {
  gateway: { completed: true, address: '10.0.0.1', reachable: true, method: 'tcp', ms: 3 },
  dns: {
    completed: true,
    system: { resolver: 'system', transport: 'system', answers: [{ host: 'chatgpt.com', kind: 'timeout', addresses: [] }] },
    alternatives: [{ resolver: '1.1.1.1', transport: 'udp', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.1.1'] }], tlsValidated: true }],
    switchWouldHelp: true,
  },
  clockSkewMs: -3 * 86_400_000,
};
const context = { services: [{ report: chat, assessment }], network: { state: 'ok' as const }, evidence };

describe('describeVerdict', () => {
  it.each(VERDICT_KINDS)('gives %s a title, an explanation and (unless all clear) steps', (kind) => {
    const text = describeVerdict({ kind, serviceIds: ['chat'] }, context);
    expect(text.title.length).toBeGreaterThan(5);
    expect(text.summary.length).toBeGreaterThan(20);
    if (kind !== 'all-clear') expect(text.steps.length).toBeGreaterThan(0);
    for (const s of text.steps) expect(s.detail.length).toBeGreaterThan(20);
  });

  it('cites the evidence: which resolver answered and that the certificate checked out', () => {
    const text = describeVerdict({ kind: 'dns-failure', serviceIds: [] }, context);
    expect(text.summary).toMatch(/did not answer for chatgpt\.com/);
    expect(text.summary).toMatch(/1\.1\.1\.1 answered instead/);
    expect(text.steps[0]?.title).toBe('Switch your DNS to 1.1.1.1');
  });

  it('says how far the clock is off', () => {
    expect(describeVerdict({ kind: 'clock-skew', serviceIds: [] }, context).summary).toMatch(/3 days behind/);
  });

  it('tells an outage from the evidence, with a confirmed re-check', () => {
    const text = describeVerdict({ kind: 'service-outage', serviceIds: ['chat'] }, context);
    expect(text.title).toBe("ChatGPT is down — it's not you");
    expect(text.summary).toMatch(/HTTP 502\), twice in a row/);
  });
});
