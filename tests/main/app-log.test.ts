import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppLog } from '../../src/main/app-log.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'status-doctor-log-'));

describe('the app log', () => {
  it('keeps at most three files of about the size asked for', () => {
    const directory = folder();
    const log = createAppLog({ directory, maxBytes: 2_000, files: 3 });
    for (let i = 0; i < 200; i++) log.info(`probe round ${i} done`, { service: 'chatgpt', ms: 120 + i });
    const files = readdirSync(directory).sort();
    expect(files).toEqual(['status-doctor.log', 'status-doctor.log.1', 'status-doctor.log.2']);
    for (const file of files) expect(statSync(join(directory, file)).size).toBeLessThanOrEqual(2_000);
    // The newest lines survive, in order.
    const text = log.redactedText();
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/probe round 199 done/);
    expect(text).not.toMatch(/probe round 0 done/);
  });

  it('never writes a secret to disk', () => {
    const directory = folder();
    const log = createAppLog({ directory });
    log.warn('probe failed', { url: 'https://api.example.com/v1?api_key=sk-live-abcdefghijklmnop123456', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl' });
    const disk = readFileSync(join(directory, 'status-doctor.log'), 'utf8');
    expect(disk).toContain('WARN probe failed');
    expect(disk).not.toContain('sk-live-abcdefghijklmnop123456');
    expect(disk).not.toContain('c2lnbmF0dXJl');
  });

  it('hides the home folder, names and addresses in the copy saved for support', () => {
    const directory = folder();
    const log = createAppLog({ directory, identity: { homeDir: '/home/mina', userName: 'mina', hostName: 'mina-laptop' } });
    log.info('history at /home/mina/.config/Status Doctor/history.db on mina-laptop, gateway 192.168.1.1');
    expect(readFileSync(join(directory, 'status-doctor.log'), 'utf8')).toContain('/home/mina/');
    const saved = log.redactedText();
    expect(saved).not.toContain('/home/mina');
    expect(saved).not.toContain('mina-laptop');
    expect(saved).not.toContain('192.168.1.1');
  });

  it('keeps one line per entry, whatever the message holds', () => {
    const directory = folder();
    const log = createAppLog({ directory, now: () => Date.UTC(2026, 10, 21, 20, 0) });
    log.error('two\nlines');
    expect(readFileSync(join(directory, 'status-doctor.log'), 'utf8')).toBe('2026-11-21T20:00:00.000Z ERROR two lines\n');
  });

  it('does not throw when it cannot write', () => {
    // A folder inside a file cannot exist (ENOTDIR).
    const file = join(folder(), 'a-file');
    writeFileSync(file, '');
    const log = createAppLog({ directory: join(file, 'logs') });
    expect(() => log.info('hello')).not.toThrow();
  });
});
