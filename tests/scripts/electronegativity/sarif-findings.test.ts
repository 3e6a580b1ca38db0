import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsFromSarif, WHOLE_APP } from '../../../scripts/electronegativity/sarif-findings.ts';

const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/electronegativity/shell-app-scan.sarif'), 'utf8')) as unknown;

describe('findingsFromSarif', () => {
  it("reads every finding of a real Electronegativity log with its check, file and position", () => {
    expect(findingsFromSarif(recorded)).toEqual([
      expect.objectContaining({ check: 'CSP_GLOBAL_CHECK', file: 'src/renderer/index.html', line: 5, column: 1, level: 'note' }),
      expect.objectContaining({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: WHOLE_APP, level: 'warning' }),
      expect.objectContaining({ check: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', file: WHOLE_APP, level: 'warning' }),
      expect.objectContaining({ check: 'AUXCLICK_JS_CHECK', file: 'src/main/index.ts', line: 10, column: 18, level: 'warning' }),
      expect.objectContaining({ check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', line: 16, column: 7, level: 'note' }),
    ]);
  });

  it('keeps the message, so a failing scan says what is wrong', () => {
    const [first] = findingsFromSarif(recorded);
    expect(first?.message).toMatch(/CSP/);
  });

  it('writes Windows paths and ./ prefixes the way the allowlist names files', () => {
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          results: [
            { ruleId: 'OPEN_EXTERNAL_JS_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'src\\main\\safe-open-external.ts' }, region: { startLine: 3 } } }] },
            { ruleId: 'PRELOAD_JS_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: './src/main/window.ts' } } }] },
          ],
        },
      ],
    };
    expect(findingsFromSarif(sarif).map((finding) => `${finding.file}:${finding.line}`)).toEqual(['src/main/safe-open-external.ts:3', 'src/main/window.ts:1']);
  });

  it('finds nothing in a log with no results', () => {
    expect(findingsFromSarif({ version: '2.1.0', runs: [{ results: [] }] })).toEqual([]);
  });

  it.each([
    ['CSV instead of SARIF', 'issue,severity,confidence'],
    ['no runs', { version: '2.1.0', runs: [] }],
    ['another SARIF version', { version: '2.0.0', runs: [{ results: [] }] }],
    ['a result without its check id', { version: '2.1.0', runs: [{ results: [{ level: 'warning' }] }] }],
  ])('refuses %s instead of reading it as "no findings"', (_, sarif) => {
    expect(() => findingsFromSarif(sarif)).toThrow(/not an Electronegativity SARIF 2\.1\.0 log: \S/);
  });
});
