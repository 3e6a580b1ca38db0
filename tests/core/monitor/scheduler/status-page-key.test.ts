import { describe, expect, it } from 'vitest';
import { statusPageKey } from '../../../../src/core/monitor/scheduler/status-page-key.ts';

describe('statusPageKey', () => {
  it('gives one key for the same page written differently, and different keys for different pages', () => {
    const a = statusPageKey({ provider: 'statuspage', url: 'https://status.example.com' });
    expect(statusPageKey({ provider: 'statuspage', url: 'https://STATUS.example.com/' })).toBe(a);
    expect(statusPageKey({ provider: 'statuspage', url: 'https://status.example.com/#x' })).toBe(a);
    expect(statusPageKey({ provider: 'statuspage', url: 'https://status.other.com' })).not.toBe(a);
    expect(statusPageKey({ provider: 'rss', url: 'https://status.example.com' })).not.toBe(a);
    expect(statusPageKey({ provider: 'google', url: 'https://status.example.com/incidents.json' })).not.toBe(
      statusPageKey({ provider: 'google', url: 'https://status.example.com/other.json' }),
    );
  });
});
