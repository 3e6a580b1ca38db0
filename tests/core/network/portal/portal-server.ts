import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../support/listen-on-loopback.ts';

/** A plain-HTTP server on 127.0.0.1 playing connectivity-check endpoints and portals. */
export interface PortalServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** The request headers of the last request, per path. */
  readonly seenHeaders: Map<string, IncomingMessage['headers']>;
  /** Paths requested, in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

const PORTAL_PAGE = '<!doctype html><html><head><title>Guest Wi-Fi</title></head><body><form action="/login">Accept the terms</form></body></html>';

/**
 * Routes:
 * - `/generate_204` → 204, as the real check endpoints answer
 * - `/portal-redirect` → 302 to the relative `/portal/login?next=check`
 * - `/portal-elsewhere` → 302 to `http://portal.invalid/login` (never followed)
 * - `/script-redirect` → 302 to a `javascript:` URL
 * - `/login-required` → 511 with a sign-in page
 * - `/portal-page` → 200 with a portal's HTML page
 * - `/empty-200` → 200 with an empty body
 * - `/not-found` → 404
 * - `/big-page` → 200 with 1 MiB of HTML
 * - `/slow-page` → 200 and the start of a page, then nothing
 * - `/hang` → never answers
 */
export async function startPortalServer(): Promise<PortalServer> {
  const seenHeaders = new Map<string, IncomingMessage['headers']>();
  const requested: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://portal.invalid').pathname;
    seenHeaders.set(path, request.headers);
    requested.push(path);
    switch (path) {
      case '/generate_204':
        return void response.writeHead(204).end();
      case '/portal-redirect':
        return void response.writeHead(302, { location: '/portal/login?next=check', 'content-length': '0' }).end();
      case '/portal-elsewhere':
        return void response.writeHead(302, { location: 'http://portal.invalid/login', 'content-length': '0' }).end();
      case '/script-redirect':
        return void response.writeHead(302, { location: 'javascript:alert(1)', 'content-length': '0' }).end();
      case '/login-required':
        return void response.writeHead(511, { 'content-type': 'text/html' }).end(PORTAL_PAGE);
      case '/portal-page':
        return void response.writeHead(200, { 'content-type': 'text/html' }).end(PORTAL_PAGE);
      case '/empty-200':
        return void response.writeHead(200, { 'content-length': '0' }).end();
      case '/not-found':
        return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      case '/big-page':
        return void response.writeHead(200, { 'content-type': 'text/html' }).end(`<html>${'x'.repeat(1024 * 1024)}</html>`);
      case '/slow-page':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<!doctype html><html><body>Sign in');
        return;
      case '/hang':
        return;
      default:
        return void response.writeHead(404).end();
    }
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    seenHeaders,
    requested,
    close,
  };
}
