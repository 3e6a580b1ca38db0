import { readFile } from 'node:fs/promises';

// A package's own manifest inside node_modules, at any nesting depth:
// node_modules/a/package.json, node_modules/@s/b/node_modules/c/package.json.
const PACKAGE_MANIFEST = /^\/?node_modules\/(?:(?:@[^/]+\/)?[^/]+\/node_modules\/)*(?:@[^/]+\/)?[^/]+\/package\.json$/;

/** True for the path of a package's own package.json inside node_modules (not a sub-path export's). */
export function isPackageManifestPath(path: string): boolean {
  return PACKAGE_MANIFEST.test(path);
}

/**
 * The packages npm installed for production, as `name@version`: every
 * node_modules entry of package-lock.json (v2/v3) that is not dev-only.
 * Optional packages count only when they were installed.
 */
export async function productionPackagesFromLockfile(lockfilePath: string, installed: (path: string) => boolean): Promise<Set<string>> {
  const lock = JSON.parse(await readFile(lockfilePath, 'utf8')) as {
    packages?: Record<string, { name?: string; version?: string; dev?: boolean; optional?: boolean; link?: boolean }>;
  };
  if (lock.packages === undefined) throw new Error(`${lockfilePath} has no "packages" map (lockfileVersion 2 or 3 expected)`);
  const result = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.dev === true || entry.link === true) continue;
    if (entry.optional === true && !installed(path)) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    result.add(`${name}@${entry.version ?? '?'}`);
  }
  return result;
}
