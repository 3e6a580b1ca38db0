import { describe, expect, it } from 'vitest';
import { describeOsVersion } from '../../../src/core/support-report/os-version.ts';

describe('describeOsVersion', () => {
  it('tells Windows 11 from 10 by the build, whatever the registry calls it', () => {
    expect(describeOsVersion({ platform: 'win32', release: '10.0.26100', version: 'Windows 10 Home' })).toBe('11 Home (10.0.26100)');
    expect(describeOsVersion({ platform: 'win32', release: '10.0.19045', version: 'Windows 10 Pro' })).toBe('10 Pro (10.0.19045)');
  });

  it('gives macOS its marketing version from Darwin’s', () => {
    expect(describeOsVersion({ platform: 'darwin', release: '24.1.0', version: 'Darwin Kernel Version 24.1.0: …' })).toBe('15 (Darwin 24.1.0)');
    expect(describeOsVersion({ platform: 'darwin', release: '25.0.0' })).toBe('26 (Darwin 25.0.0)');
    expect(describeOsVersion({ platform: 'darwin', release: '20.6.0' })).toBe('11 (Darwin 20.6.0)');
  });

  it('names the Linux distribution when it is known', () => {
    expect(describeOsVersion({ platform: 'linux', release: '6.8.0-48-generic', distribution: 'Ubuntu 24.04.1 LTS' })).toBe('6.8.0-48-generic (Ubuntu 24.04.1 LTS)');
    expect(describeOsVersion({ platform: 'linux', release: '6.1.0-23-amd64' })).toBe('6.1.0-23-amd64');
  });
});
