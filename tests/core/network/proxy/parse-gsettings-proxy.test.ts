import { describe, expect, it } from 'vitest';
import { gnomeProxies, gvariantText } from '../../../../src/core/network/proxy/parse-gsettings-proxy.ts';

describe('GNOME proxy settings', () => {
  it('reads GVariant text as gsettings prints it', () => {
    expect(gvariantText("'manual'\n")).toBe('manual');
    expect(gvariantText('8080\n')).toBe('8080');
    expect(gvariantText('uint32 3128')).toBe('3128');
    expect(gvariantText("''\n")).toBeUndefined();
  });

  it('reads the manual hosts that are set', () => {
    expect(gnomeProxies({ mode: "'manual'\n", httpsHost: "'proxy.corp.example'\n", httpsPort: '3128\n', httpHost: "''\n", httpPort: '0\n', socksHost: "''\n", socksPort: '0\n' })).toEqual([
      { source: 'system settings', kind: 'http', scheme: 'https', url: 'http://proxy.corp.example:3128/' },
    ]);
  });

  it('reads auto mode as a PAC script and none as no proxy', () => {
    expect(gnomeProxies({ mode: "'auto'\n", autoconfigUrl: "'http://wpad.example/wpad.dat'\n" })).toEqual([
      { source: 'automatic proxy configuration (PAC)', kind: 'pac', scheme: 'all', url: 'http://wpad.example/wpad.dat' },
    ]);
    expect(gnomeProxies({ mode: "'none'\n", httpsHost: "'stale.example'\n" })).toEqual([]);
  });
});
