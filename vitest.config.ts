import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/electron/**', 'node_modules/**'],
    globalSetup: ['tests/support/build-cli-once.ts', 'tests/renderer/support/build-renderer-once.ts'],
    setupFiles: ['tests/support/loopback-only-guard.ts'],
    // electron-store imports electron itself; inlined, it sees the tests' vi.mock('electron') instead of the real (absent) binary.
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
