import { readFile } from 'node:fs/promises';
import { ConfigError } from './load-config.ts';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Reads `tls.extraCaFile`: PEM certificates trusted in addition to the
 * system's (a company CA, a test lab's). A file that is missing or holds no
 * certificate is a config mistake, reported against that field.
 */
export async function readExtraCaFile(path: string, source: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new ConfigError(source, [{ path: 'tls.extraCaFile', message: `cannot read ${JSON.stringify(path)}: ${reason}` }]);
  }
  const certificates = text.match(PEM_CERTIFICATE) ?? [];
  if (certificates.length === 0) {
    throw new ConfigError(source, [{ path: 'tls.extraCaFile', message: `${JSON.stringify(path)} holds no PEM certificate (-----BEGIN CERTIFICATE-----)` }]);
  }
  return certificates;
}
