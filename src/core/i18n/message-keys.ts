/**
 * Every key path of a message dictionary ("verdict.dns-failure.title"), for
 * the test that fails on a key one language has and the other lacks.
 * Functions and strings are leaves.
 */
export function messageKeyPaths(dictionary: unknown, prefix = ''): string[] {
  if (dictionary === null || typeof dictionary !== 'object' || Array.isArray(dictionary)) return [prefix];
  return Object.entries(dictionary as Record<string, unknown>)
    .flatMap(([key, value]) => messageKeyPaths(value, prefix ? `${prefix}.${key}` : key))
    .sort();
}
