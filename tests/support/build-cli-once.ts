import { buildCli } from '../../scripts/build-cli.ts';

/**
 * Vitest global setup: bundle the CLI once before the tests, so every
 * `npx status-doctor` a test runs exercises the artefact users get, built
 * from the sources under test.
 */
export async function setup(): Promise<void> {
  await buildCli();
}
