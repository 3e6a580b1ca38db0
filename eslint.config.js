// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Process boundaries of DESIGN.md, enforced here rather than remembered:
 * core never reaches into electron or the app's processes, only main and
 * preload touch electron, and the renderer sees core and shared as types.
 */
const electronBan = {
  name: 'electron',
  message: 'Only src/main and src/preload may import electron (DESIGN.md, Architecture).',
};
const processDirs = (dirs, why) => dirs.map((dir) => ({ group: [`**/${dir}/**`, `**/${dir}`], message: why }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: processDirs(['main', 'preload', 'renderer', 'cli'], 'src/core is the engine: it never imports an app process or the CLI.'),
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [electronBan], patterns: processDirs(['main', 'preload', 'renderer'], 'The CLI runs on plain Node over src/core.') },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: ['node:*'], message: 'src/shared runs in every process: no node: modules.' },
            ...processDirs(['main', 'preload', 'renderer', 'cli'], 'src/shared is the IPC contract: no process code.'),
            {
              group: ['**/core/**'],
              allowTypeImports: true,
              message: 'src/shared names core\'s data types with `import type` only; it runs in every process.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            { group: ['node:*'], message: 'The renderer is sandboxed: no node: modules.' },
            ...processDirs(['main', 'preload', 'cli'], 'The renderer talks only to the preload API.'),
            {
              group: ['**/core/**', '**/shared/**'],
              allowTypeImports: true,
              message: 'The renderer imports core and shared with `import type` only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: processDirs(['main', 'renderer', 'cli', 'core'], 'The preload exposes the shared contract only.') },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: processDirs(['renderer', 'preload', 'cli'], 'Main composes core; it does not import other processes.') },
      ],
    },
  },
);
