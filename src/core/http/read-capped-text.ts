import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { HttpTextError } from './http-text-fetcher.ts';
import { destroyBody } from './response-body.ts';

/** The `Accept-Encoding` that {@link readCappedText} can decode. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

/**
 * Reads a response body as UTF-8 text, refusing anything bigger than
 * `maxBytes`: both the bytes on the wire and the decoded bytes count, so
 * neither a huge body nor a small compressed bomb is ever held in memory.
 * It stops reading (and destroys the stream, closing its connection) the
 * moment a limit is passed.
 *
 * @param contentEncoding the response's `Content-Encoding` (gzip, deflate, br or identity)
 * @throws HttpTextError `too-large` past the cap, `network` for an encoding it cannot decode or a broken stream
 */
export async function readCappedText(body: Readable, contentEncoding: string | undefined, maxBytes: number): Promise<string> {
  const tooLarge = (): HttpTextError => new HttpTextError('too-large', `body larger than ${maxBytes} bytes`);
  let decompress: ReturnType<typeof createGunzip> | undefined;
  try {
    decompress = decompressorFor(contentEncoding);
  } catch (error) {
    destroyBody(body);
    throw error;
  }
  let source: Readable = body;
  if (decompress !== undefined) {
    source = pipeline(body, decompress, () => undefined);
    let wireBytes = 0;
    body.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) source.destroy(tooLarge());
    });
  }

  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw tooLarge();
      text += decoder.decode(chunk, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof HttpTextError) throw error;
    throw new HttpTextError('network', `body could not be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    // After a complete read this is a no-op; otherwise it stops the transfer.
    destroyBody(body);
  }
}

function decompressorFor(contentEncoding: string | undefined): ReturnType<typeof createGunzip> | undefined {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  switch (encoding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new HttpTextError('network', `unsupported content-encoding ${JSON.stringify(encoding).slice(0, 40)}`);
  }
}
