import { describe, expect, it, vi } from 'vitest';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string, _options?: object) => {}) }));
vi.mock('electron', () => ({ shell }));

const { safeOpenExternal } = await import('../../src/main/safe-open-external.ts');

describe('safeOpenExternal', () => {
  it('opens web pages in the browser', async () => {
    await expect(safeOpenExternal('https://status.openai.com/')).resolves.toBe(true);
    await expect(safeOpenExternal('http://status.example.com/incidents')).resolves.toBe(true);
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://status.openai.com/', 'http://status.example.com/incidents']);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker.example/share',
    'ms-settings:network',
    'vscode://extension/install',
    'https://user:secret@status.example.com/',
    'not a url',
    '',
  ])('refuses %s and opens nothing', async (url) => {
    shell.openExternal.mockClear();
    await expect(safeOpenExternal(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
