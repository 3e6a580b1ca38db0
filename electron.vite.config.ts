import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The tray icons and the app icon, beside the main bundle (out/main/tray,
 * out/main/icon.png), where the packaged app holds them and main finds
 * them with `import.meta.dirname`.
 */
function mainProcessIcons(): Plugin {
  const assets = resolve(import.meta.dirname, 'assets');
  return {
    name: 'status-doctor-main-icons',
    generateBundle() {
      const tray = join(assets, 'tray');
      for (const os of readdirSync(tray)) {
        for (const file of readdirSync(join(tray, os))) {
          this.emitFile({ type: 'asset', fileName: `tray/${os}/${file}`, source: readFileSync(join(tray, os, file)) });
        }
      }
      this.emitFile({ type: 'asset', fileName: 'icon.png', source: readFileSync(join(assets, 'icon.png')) });
    },
  };
}

/**
 * Build of the three Electron targets. The preload is emitted as CommonJS
 * because sandboxed preload scripts cannot be ES modules.
 */
export default defineConfig({
  main: {
    plugins: [mainProcessIcons()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the window's bundle has a size budget (≤ 150 KB gzip).
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
