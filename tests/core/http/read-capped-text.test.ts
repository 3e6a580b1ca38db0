import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HttpTextError } from '../../../src/core/http/http-text-fetcher.ts';
import { readCappedText } from '../../../src/core/http/read-capped-text.ts';

const stream = (...chunks: Buffer[]) => Readable.from(chunks);

async function failure(promise: Promise<unknown>): Promise<HttpTextError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpTextError)) throw new Error(`expected an HttpTextError, got ${String(error)}`);
  return error;
}

describe('readCappedText', () => {
  it('decodes UTF-8 even when a character is split across chunks', async () => {
    const bytes = Buffer.from('{"name":"장애 — outage"}', 'utf8');
    const text = await readCappedText(stream(bytes.subarray(0, 10), bytes.subarray(10, 11), bytes.subarray(11)), undefined, 1000);
    expect(text).toBe('{"name":"장애 — outage"}');
  });

  it('decodes gzip, deflate and br bodies', async () => {
    const json = JSON.stringify({ ok: true, filler: 'y'.repeat(5000) });
    expect(await readCappedText(stream(gzipSync(json)), 'gzip', 10_000)).toBe(json);
    expect(await readCappedText(stream(deflateSync(json)), 'deflate', 10_000)).toBe(json);
    expect(await readCappedText(stream(brotliCompressSync(json)), 'br', 10_000)).toBe(json);
  });

  it('refuses a body past the cap without reading the rest', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(16 * 1024, 'a'));
      },
    });
    const error = await failure(readCappedText(endless, undefined, 100_000));
    expect(error.kind).toBe('too-large');
    expect(pulled).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });

  it('refuses a small compressed body that inflates past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect((await failure(readCappedText(stream(bomb), 'gzip', 1024 * 1024))).kind).toBe('too-large');
  });

  it('refuses an encoding it cannot decode, and a corrupt compressed body', async () => {
    expect((await failure(readCappedText(stream(Buffer.from('x')), 'compress', 1000))).kind).toBe('network');
    expect((await failure(readCappedText(stream(Buffer.from('not gzip at all')), 'gzip', 1000))).kind).toBe('network');
  });
});
