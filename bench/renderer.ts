import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OVERVIEW_RENDERED_MARK } from '../src/renderer/perf-marks.ts';
import { checkChromium } from '../tests/renderer/support/chromium.ts';
import { setup as buildRendererIfStale } from '../tests/renderer/support/build-renderer-once.ts';
import { RENDERER_DIR } from '../tests/renderer/support/renderer-server.ts';
import { startWindowFixture } from '../tests/renderer/support/window-fixture.ts';
import { percentile, type BenchFigure } from './bench-report.ts';

const OPENS = 15;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every file of the built window, gzipped (level 9) one by one, summed: what the window loads. */
function bundleKb(): { total: number; largest: string } {
  const sizes = files(RENDERER_DIR).map((path) => ({ path, bytes: gzipSync(readFileSync(path), { level: 9 }).length }));
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { total: sizes.reduce((sum, file) => sum + file.bytes, 0) / 1024, largest: `${largest.path.slice(RENDERER_DIR.length + 1)} ${(largest.bytes / 1024).toFixed(1)} KB` };
}

/**
 * The window's figures: the built renderer's size gzipped, and the time
 * from opening the window (navigation start) to the overview's first
 * render with a snapshot, in Chromium with `window.statusDoctor` bridged to
 * a real engine on loopback servers, over {@link OPENS} fresh windows.
 */
export async function benchRenderer(): Promise<BenchFigure[]> {
  await buildRendererIfStale();
  const bundle = bundleKb();
  const figures: BenchFigure[] = [{ name: 'renderer bundle, gzip', value: bundle.total, unit: 'KB', budget: 150, note: `largest: ${bundle.largest}` }];
  const chromium = checkChromium();
  if (!chromium.executablePath) {
    console.log(`\nwindow first render not measured: missing ${chromium.missing.join('; ')}`);
    return figures;
  }
  const app = await startWindowFixture(chromium.executablePath);
  try {
    await app.waitForSnapshot((s) => s.diagnosis !== undefined && !s.checking && s.services.every((svc) => svc.state === 'operational'));
    const times: number[] = [];
    for (let open = 0; open < OPENS; open += 1) {
      const window = await app.openWindow();
      const handle = await window.page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, OVERVIEW_RENDERED_MARK, { timeout: 10_000 });
      times.push(Number(await handle.jsonValue()));
      await window.close();
    }
    figures.push(
      { name: 'window open to overview rendered, median', value: percentile(times, 50), unit: 'ms', note: `${OPENS} opens; DESIGN.md sets no budget` },
      { name: 'window open to overview rendered, worst', value: Math.max(...times), unit: 'ms' },
    );
  } finally {
    await app.close();
  }
  return figures;
}
