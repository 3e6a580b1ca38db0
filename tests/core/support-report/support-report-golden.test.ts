import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/core/i18n/format.ts';
import type { Locale } from '../../../src/core/i18n/locale.ts';
import type { OsFamily } from '../../../src/core/i18n/os-family.ts';
import { buildSupportReport } from '../../../src/core/support-report/build-support-report.ts';
import { renderSupportReportMarkdown } from '../../../src/core/support-report/render-markdown.ts';
import { renderSupportReportText } from '../../../src/core/support-report/render-text.ts';
import { healthyEvidence, outageReport } from './support-report-fixture.ts';

// The rendered support report for one fixed diagnosis, compared with the
// committed files in golden/. After a deliberate change to the wording or
// layout, regenerate them and review the diff:
//
//   UPDATE_GOLDEN=1 npx vitest run tests/core/support-report/support-report-golden.test.ts

const GOLDEN_DIR = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

interface Setup {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly os: OsFamily;
  readonly osVersion: string;
  readonly interfaceName: string;
  readonly hostName: string;
  readonly userName: string;
  readonly homeDir: string;
}

// A fixed machine per language, so the files never depend on where the tests run.
const SETUPS: readonly Setup[] = [
  {
    locale: 'en',
    timeZone: 'America/New_York',
    os: 'linux',
    osVersion: '6.8.0-48-generic (Ubuntu 24.04.1 LTS)',
    interfaceName: 'wlp0s20f3',
    hostName: 'sam-thinkpad',
    userName: 'sam',
    homeDir: '/home/sam',
  },
  {
    locale: 'ko',
    timeZone: 'Asia/Seoul',
    os: 'windows',
    osVersion: '11 Home (10.0.26100)',
    interfaceName: 'Wi-Fi',
    hostName: 'MINJI-PC',
    userName: 'minji',
    homeDir: 'C:\\Users\\minji',
  },
];

function modelFor(setup: Setup) {
  const route = { ...healthyEvidence.route!, defaultRoute: { gateway: '192.168.0.1', interfaceName: setup.interfaceName, family: 4 as const } };
  return buildSupportReport(outageReport, {
    locale: setup.locale,
    os: setup.os,
    osVersion: setup.osVersion,
    appVersion: '0.1.0',
    hostName: setup.hostName,
    userName: setup.userName,
    homeDir: setup.homeDir,
    revealLocal: false,
    format: createFormatter(setup.locale, setup.timeZone),
    timeZone: setup.timeZone,
    evidence: { ...healthyEvidence, route },
  });
}

function compareWithGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(SETUPS)('the support report in $locale', (setup) => {
  it('renders as Markdown exactly as committed', () => {
    compareWithGolden(`outage.${setup.locale}.md`, renderSupportReportMarkdown(modelFor(setup)));
  });

  it('renders as plain text exactly as committed', () => {
    compareWithGolden(`outage.${setup.locale}.txt`, renderSupportReportText(modelFor(setup)));
  });
});
