import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveAppFile } from '../../src/main/app-protocol-files.ts';

const ROOT = '/app/out/renderer';

describe('the app:// scheme', () => {
  it('serves the index page and the built assets', () => {
    expect(resolveAppFile(ROOT, 'app://status-doctor/')).toEqual({ path: join(ROOT, 'index.html') });
    expect(resolveAppFile(ROOT, 'app://status-doctor/index.html')).toEqual({ path: join(ROOT, 'index.html') });
    expect(resolveAppFile(ROOT, 'app://status-doctor/assets/index-abc.js?v=1#x')).toEqual({ path: join(ROOT, 'assets', 'index-abc.js') });
    expect(resolveAppFile(ROOT, 'app://status-doctor/assets/a%20b.css')).toEqual({ path: join(ROOT, 'assets', 'a b.css') });
  });

  it('keeps dot segments inside the folder (the URL parser removes them, encoded or not)', () => {
    expect(resolveAppFile(ROOT, 'app://status-doctor/%2e%2e/%2e%2e/main/index.js')).toEqual({ path: join(ROOT, 'main', 'index.js') });
    expect(resolveAppFile(ROOT, 'app://status-doctor/../../../etc/passwd')).toEqual({ path: join(ROOT, 'etc', 'passwd') });
  });

  it.each([
    ['an encoded slash and parent', 'app://status-doctor/assets%2f..%2f..%2f..%2fetc%2fpasswd', 403],
    ['a NUL byte', 'app://status-doctor/index.html%00.png', 400],
    ['a broken escape', 'app://status-doctor/%E0%A4%A', 400],
    ['another host', 'app://evil.example/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
  ])('refuses %s', (_what, url, status) => {
    expect(resolveAppFile(ROOT, url)).toEqual({ status });
  });

  it('names the content type, so nothing is sniffed', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/x/blob.bin')).toBe('application/octet-stream');
  });

  it('sends a CSP that allows only the app’s own scripts and styles and no network', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]));
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
