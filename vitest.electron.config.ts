import { defineConfig } from 'vitest/config';

/**
 * The Electron end-to-end lane (`npm run test:electron`): Playwright's
 * `_electron` drives the built app in the real Electron binary. Not part of
 * `npm test`, which cannot download that binary; see README.md (Tests).
 */
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.test.ts'],
    globalSetup: ['tests/electron/electron-lane-setup.ts'],
    setupFiles: ['tests/support/loopback-only-guard.ts'],
    // One Electron at a time: each test file starts its own app instances.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
