// Draws every tray and app icon into assets/ with plain Node (no image
// library): macOS template images at 1x and 2x, Windows .ico files with
// every notification-area size, Linux PNGs, and the app icon as .png, .ico
// and .icns. The files are committed; run this after changing a design:
//
//   npm run icons [-- --preview /tmp/icons.png]
//
// --preview also writes a zoomed contact sheet (light and dark panels) to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { previewSheet } from './icons/preview.ts';
import { renderIcons } from './icons/render-icons.ts';

const assets = join(import.meta.dirname, '..', 'assets');

if (import.meta.main) {
  const files = renderIcons();
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(assets, path)), { recursive: true });
    writeFileSync(join(assets, path), bytes);
  }
  console.log(`wrote ${files.size} icon files under assets/`);
  const previewAt = process.argv.indexOf('--preview');
  const previewPath = previewAt >= 0 ? process.argv[previewAt + 1] : undefined;
  if (previewPath) {
    writeFileSync(previewPath, previewSheet());
    console.log(`preview: ${previewPath}`);
  }
}
