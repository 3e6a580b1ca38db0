import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAllowlist, describeVerdict, parseAllowlist } from '../../../scripts/electronegativity/allowlist.ts';
import { findingsFromSarif, type ScanFinding, WHOLE_APP } from '../../../scripts/electronegativity/sarif-findings.ts';

const recorded = findingsFromSarif(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/electronegativity/shell-app-scan.sarif'), 'utf8')));

function finding(check: string, file: string, line = 1): ScanFinding {
  return { check, file, line, column: 1, level: 'warning', message: `${check} message` };
}

describe('applyAllowlist', () => {
  it('fails on every finding when nothing is allowed', () => {
    const verdict = applyAllowlist(recorded, []);
    expect(verdict.unexpected).toHaveLength(recorded.length);
    expect(verdict.allowed).toEqual([]);
  });

  it('accepts a finding only for the check and the file its entry names', () => {
    const entries = parseAllowlist({
      entries: [
        { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', reason: 'the preload is ours, sandboxed, and exposes named functions only' },
        { check: 'AUXCLICK_JS_CHECK', file: 'src/main/other.ts', reason: 'a different file' },
      ],
    });
    const verdict = applyAllowlist([finding('PRELOAD_JS_CHECK', 'src/main/index.ts', 16), finding('AUXCLICK_JS_CHECK', 'src/main/index.ts', 10)], entries);
    expect(verdict.allowed.map(({ finding: allowed }) => allowed.check)).toEqual(['PRELOAD_JS_CHECK']);
    expect(verdict.unexpected.map(({ check, file }) => `${check} ${file}`)).toEqual(['AUXCLICK_JS_CHECK src/main/index.ts']);
  });

  it('accepts an app-wide finding through a "(whole app)" entry', () => {
    const entries = parseAllowlist({ entries: [{ check: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', file: WHOLE_APP, reason: 'handlers are set per session in window-manager.ts' }] });
    const verdict = applyAllowlist(recorded, entries);
    expect(verdict.allowed.map(({ finding: allowed }) => allowed.check)).toEqual(['PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']);
    expect(verdict.unexpected).toHaveLength(recorded.length - 1);
  });

  it('reports entries that no longer match any finding as stale', () => {
    const entries = parseAllowlist({
      entries: [
        { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', reason: 'reviewed' },
        { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'src/main/gone.ts', reason: 'the file was deleted since' },
      ],
    });
    const verdict = applyAllowlist([finding('PRELOAD_JS_CHECK', 'src/main/index.ts')], entries);
    expect(verdict.unexpected).toEqual([]);
    expect(verdict.stale).toEqual([entries[1]]);
  });

  it('accepts every finding of the entry\'s check in that file, each reported as allowed', () => {
    const entries = parseAllowlist({ entries: [{ check: 'LIMIT_NAVIGATION_JS_CHECK', file: 'src/main/window-manager.ts', reason: 'both handlers deny' }] });
    const verdict = applyAllowlist([finding('LIMIT_NAVIGATION_JS_CHECK', 'src/main/window-manager.ts', 10), finding('LIMIT_NAVIGATION_JS_CHECK', 'src/main/window-manager.ts', 20)], entries);
    expect(verdict.allowed).toHaveLength(2);
    expect(verdict.stale).toEqual([]);
  });
});

describe('describeVerdict', () => {
  it('names each failing finding by file:line:column and check id, and each stale entry', () => {
    const entries = parseAllowlist({ entries: [{ check: 'CSP_JS_CHECK', file: 'src/main/csp.ts', reason: 'reviewed in issue 6' }] });
    const lines = describeVerdict(applyAllowlist([finding('AUXCLICK_JS_CHECK', 'src/main/index.ts', 10), finding('LIMIT_NAVIGATION_GLOBAL_CHECK', WHOLE_APP)], entries));
    expect(lines).toEqual([
      '  src/main/index.ts:10:1 AUXCLICK_JS_CHECK (warning) AUXCLICK_JS_CHECK message',
      '  (whole app) LIMIT_NAVIGATION_GLOBAL_CHECK (warning) LIMIT_NAVIGATION_GLOBAL_CHECK message',
      '  stale allowlist entry: CSP_JS_CHECK in src/main/csp.ts matches no finding; remove it (reason was: reviewed in issue 6)',
    ]);
  });

  it('says nothing when every finding is allowed and every entry used', () => {
    const entries = parseAllowlist({ entries: [{ check: 'AUXCLICK_JS_CHECK', file: 'src/main/index.ts', reason: 'reviewed' }] });
    expect(describeVerdict(applyAllowlist([finding('AUXCLICK_JS_CHECK', 'src/main/index.ts')], entries))).toEqual([]);
  });
});

describe('parseAllowlist', () => {
  it.each([
    ['a missing reason', { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts' }, /entries\.0\.reason/],
    ['an empty reason', { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', reason: '' }, /entries\.0\.reason: why this finding/],
    ['a reason of blanks', { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', reason: '   ' }, /entries\.0\.reason/],
    ['no file', { check: 'PRELOAD_JS_CHECK', reason: 'reviewed' }, /entries\.0\.file/],
    ['a check id that is not one', { check: 'preload', file: 'src/main/index.ts', reason: 'reviewed' }, /entries\.0\.check/],
    ['an unknown key', { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', reason: 'reviewed', line: 3 }, /entries\.0/],
  ])('rejects an entry with %s, naming it', (_, entry, message) => {
    expect(() => parseAllowlist({ entries: [entry] })).toThrow(message);
  });

  it('rejects the same check and file listed twice', () => {
    const entry = { check: 'PRELOAD_JS_CHECK', file: 'src/main/index.ts', reason: 'reviewed' };
    expect(() => parseAllowlist({ entries: [entry, entry] })).toThrow(/entries\.1: PRELOAD_JS_CHECK in src\/main\/index\.ts is listed twice/);
  });

  it('rejects a file that is not an object with entries', () => {
    expect(() => parseAllowlist([])).toThrow(/bad Electronegativity allowlist/);
  });

  it('reads the committed allowlist', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../electronegativity-allowlist.json'), 'utf8')) as unknown;
    expect(() => parseAllowlist(committed)).not.toThrow();
  });
});
