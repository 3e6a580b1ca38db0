import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../../../src/core/http/redirect-target.ts';

const FROM = 'https://chat.example/app/page?x=1';

describe('redirectTarget', () => {
  it('follows 301/302/303/307/308 to an absolute or relative Location, without fragment', () => {
    for (const status of [301, 302, 303, 307, 308]) {
      expect(redirectTarget(FROM, status, '/login')).toEqual({ kind: 'follow', url: 'https://chat.example/login' });
    }
    expect(redirectTarget(FROM, 302, 'next#top')).toEqual({ kind: 'follow', url: 'https://chat.example/app/next' });
    expect(redirectTarget(FROM, 302, 'http://other.example/')).toEqual({ kind: 'follow', url: 'http://other.example/' });
  });

  it('takes other statuses as the final answer', () => {
    for (const status of [200, 300, 304, 404, 503]) expect(redirectTarget(FROM, status, '/elsewhere')).toEqual({ kind: 'final' });
  });

  it('does not follow a redirect without a usable http(s) Location', () => {
    expect(redirectTarget(FROM, 302, undefined)).toMatchObject({ kind: 'final', reason: 'HTTP 302 without Location' });
    expect(redirectTarget(FROM, 302, '  ')).toMatchObject({ kind: 'final' });
    expect(redirectTarget(FROM, 302, 'http://[bad')).toMatchObject({ kind: 'final', reason: 'HTTP 302 with an unreadable Location' });
    expect(redirectTarget(FROM, 302, 'ftp://files.example/')).toMatchObject({ kind: 'final', reason: 'HTTP 302 to a ftp: URL, not followed' });
    expect(redirectTarget(FROM, 301, 'chatapp://open')).toMatchObject({ kind: 'final' });
  });
});
