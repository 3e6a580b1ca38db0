import { describe, expect, it } from 'vitest';
import { flattenHeaders } from '../../../src/core/http/flatten-headers.ts';

describe('flattenHeaders', () => {
  it('gives one lower-case string per header, repeated ones joined', () => {
    expect(flattenHeaders({ 'Retry-After': '30', 'set-cookie': ['a=1', 'b=2'], gone: undefined })).toEqual({
      'retry-after': '30',
      'set-cookie': 'a=1, b=2',
    });
  });
});
