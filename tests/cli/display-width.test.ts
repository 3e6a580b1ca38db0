import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, wrapToWidth } from '../../src/cli/display-width.ts';

describe('displayWidth', () => {
  it('counts Hangul as two columns and colour codes as none', () => {
    expect(displayWidth('정상')).toBe(4);
    expect(displayWidth('HTTP 502 서버 오류')).toBe(18);
    expect(displayWidth('\u001b[32m✔ ok\u001b[39m')).toBe(4);
  });

  it('pads Korean and English to the same column', () => {
    expect(displayWidth(`${padToWidth('장애', 9)}|`)).toBe(displayWidth(`${padToWidth('outage', 9)}|`));
  });

  it('hangs continuation lines under the text, never past the width', () => {
    const wrapped = wrapToWidth('지금 쓰는 DNS 서버가 제대로 응답하지 않습니다. 1.1.1.1에서는 정상적으로 조회됩니다', 40, '  ✖ ', '    ');
    const lines = wrapped.split('\n');
    expect(lines[0]?.startsWith('  ✖ 지금')).toBe(true);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}\S/);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });
});
