import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveAppFile } from './app-protocol-files.ts';
import { APP_SCHEME } from './trusted-sender.ts';

/**
 * Declares app:// as a standard, secure scheme (like https: for origins,
 * storage and relative URLs). Electron requires this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

/**
 * Serves the built renderer (`root`, i.e. out/renderer) on app:// with the
 * app's CSP on every response: the window never loads file:// URLs, and a
 * path that would leave `root` is refused.
 */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(root, request.url);
    if ('status' in target) return new Response(null, { status: target.status });
    try {
      const body = await readFile(target.path);
      return new Response(body, {
        headers: {
          'content-type': contentTypeOf(target.path),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cross-origin-opener-policy': 'same-origin',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
