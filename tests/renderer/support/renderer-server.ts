import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { listenOnLoopback } from '../../support/listen-on-loopback.ts';

/** The built renderer (`npm run build` / electron-vite build). */
export const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The CSP the window ships with: read from the built page's own meta tag, so the test enforces exactly that. */
export function shippedCsp(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('out/renderer/index.html has no Content-Security-Policy meta tag');
  return match[1];
}

/** A static server for the built renderer on 127.0.0.1. */
export interface RendererServer {
  /** `http://127.0.0.1:<port>/index.html`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves out/renderer on loopback with the app's CSP as a response header
 * too (as main's custom protocol will, adding frame-ancestors, which only a
 * header can carry), so anything the CSP forbids fails here the way it
 * would in the app. Only files under out/renderer are served.
 */
export async function startRendererServer(): Promise<RendererServer> {
  const csp = shippedCsp();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://renderer.invalid').pathname);
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER_DIR + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': `${csp}; frame-ancestors 'none'`, 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close,
  };
}
