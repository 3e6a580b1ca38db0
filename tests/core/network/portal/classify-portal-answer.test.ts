import { describe, expect, it } from 'vitest';
import { classifyPortalAnswer } from '../../../../src/core/network/portal/classify-portal-answer.ts';

const URL_204 = 'http://check.invalid/generate_204';
const answer = (status: number, body = '', headers: Record<string, string> = {}) => ({ status, headers, body });

describe('classifyPortalAnswer', () => {
  it('does not take a 204 that carries a body as the real endpoint', () => {
    expect(classifyPortalAnswer(URL_204, 204, answer(204, '<html>portal</html>'))).toMatchObject({ result: 'wrong-answer', status: 204 });
  });

  it('treats 511 as a sign-in request whatever was expected', () => {
    expect(classifyPortalAnswer(URL_204, 200, answer(511))).toMatchObject({ result: 'network-authentication-required' });
  });

  it('reads a redirect without a Location as a wrong answer, not a portal address', () => {
    expect(classifyPortalAnswer(URL_204, 204, answer(302))).toEqual({ url: URL_204, result: 'wrong-answer', status: 302 });
    expect(classifyPortalAnswer(URL_204, 204, answer(307, '', { location: '  ' }))).toMatchObject({ result: 'wrong-answer' });
  });

  it('counts every redirect status, and not 304', () => {
    for (const status of [301, 302, 303, 307, 308]) {
      expect(classifyPortalAnswer(URL_204, 204, answer(status, '', { location: 'https://login.invalid/' }))).toEqual({
        url: URL_204,
        result: 'redirect',
        status,
        location: 'https://login.invalid/',
      });
    }
    expect(classifyPortalAnswer(URL_204, 204, answer(304, '', { location: 'https://login.invalid/' }))).toMatchObject({ result: 'wrong-answer' });
  });

  it('takes whitespace alone as an empty body', () => {
    expect(classifyPortalAnswer(URL_204, 204, answer(200, ' \r\n'))).toMatchObject({ result: 'clean', status: 200 });
  });

  it('leaves out a location too long to show', () => {
    const result = classifyPortalAnswer(URL_204, 204, answer(302, '', { location: `http://login.invalid/${'a'.repeat(3000)}` }));
    expect(result).toEqual({ url: URL_204, result: 'redirect', status: 302 });
  });
});
