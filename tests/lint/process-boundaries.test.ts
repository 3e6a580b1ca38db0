import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundaries of DESIGN.md are lint rules; this proves the rules bite.
const eslint = new ESLint({ cwd: join(import.meta.dirname, '..', '..') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(import.meta.dirname, '..', '..', file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('process boundaries', () => {
  it.each([
    ['src/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n", /Only src\/main and src\/preload/],
    ['src/core/x.ts', "import { a } from '../main/y.ts';\nexport const b = a;\n", /src\/core is the engine/],
    ['src/cli/x.ts', "import { app } from 'electron';\nexport const a = app;\n", /Only src\/main and src\/preload/],
    ['src/shared/x.ts', "import { join } from 'node:path';\nexport const a = join;\n", /no node: modules/],
    ['src/renderer/x.ts', "import { runCheck } from '../core/check/run-check.ts';\nexport const a = runCheck;\n", /import type/],
    ['src/renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n", /Only src\/main and src\/preload/],
  ])('%s may not import that', async (file, code, message) => {
    const found = await problems(file, code);
    expect(found.some((m) => message.test(m)), found.join('\n')).toBe(true);
  });

  it.each([
    ['src/main/x.ts', "import { app } from 'electron';\nimport { runCheck } from '../core/check/run-check.ts';\nexport const a = [app, runCheck];\n"],
    ['src/renderer/x.ts', "import type { CheckReport } from '../core/report/report-schema.ts';\nexport type A = CheckReport;\n"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n"],
  ])('%s may import what DESIGN.md allows', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
