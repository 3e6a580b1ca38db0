import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-sender.ts';

/**
 * The window's Content Security Policy, sent with every page the app://
 * scheme serves. Only the app's own scripts and styles run; nothing is
 * fetched from anywhere (the window talks to main through the preload, not
 * over the network); no plugins, frames, forms or <base>. Styles the UI sets
 * through the CSSOM (Preact's `style` prop, uPlot's sizing) are not inline
 * style sheets, so `style-src 'self'` needs no 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a served file; unknown kinds are served as bytes, never sniffed. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A request of the app:// scheme mapped to a file, or the HTTP status that refuses it. */
export type AppFileRequest = { readonly path: string } | { readonly status: 400 | 403 | 404 };

/**
 * Maps `app://status-doctor/<path>` to a file under `root` (pure). Other
 * hosts, undecodable paths and anything that would leave `root` (`..`,
 * encoded or not) are refused; `/` is the index page.
 */
export function resolveAppFile(root: string, requestUrl: string): AppFileRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const base = resolve(root);
  const path = resolve(base, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  if (!path.startsWith(base + sep)) return { status: 403 };
  return { path };
}
