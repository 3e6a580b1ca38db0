import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/electron/**', 'node_modules/**'],
    globalSetup: ['tests/support/build-cli-once.ts'],
    setupFiles: ['tests/support/loopback-only-guard.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
