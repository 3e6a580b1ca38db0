/** What the OS says about itself, as Node's `os` module and /etc/os-release give it. */
export interface OsFacts {
  /** `process.platform`. */
  readonly platform: string;
  /** `os.release()`: the kernel version ("10.0.22631", "24.1.0", "6.8.0-45-generic"). */
  readonly release: string;
  /** `os.version()`: "Windows 11 Pro", "Darwin Kernel Version 24.1.0: …", "#1 SMP …". */
  readonly version?: string;
  /** PRETTY_NAME of /etc/os-release on Linux ("Ubuntu 24.04.1 LTS"), when readable. */
  readonly distribution?: string;
}

/** macOS's version from Darwin's: Darwin 20–24 are macOS 11–15, and Darwin 25 is macOS 26. */
function macosVersionOf(darwinRelease: string): string | undefined {
  const major = Number.parseInt(darwinRelease, 10);
  if (!Number.isFinite(major) || major < 20) return undefined;
  return String(major >= 25 ? major + 1 : major - 9);
}

/**
 * The OS version as a support desk wants to read it, without the OS name
 * (the report puts "Windows", "macOS" or "Linux" in front) and without words
 * that would need translating: "11 Pro (10.0.22631)", "15 (Darwin 24.1.0)",
 * "6.8.0-45-generic (Ubuntu 24.04.1 LTS)".
 */
export function describeOsVersion(facts: OsFacts): string {
  const { platform, release } = facts;
  if (platform === 'win32') {
    // Windows 11 still calls itself "Windows 10" in the registry; its build number says which it is.
    const build = Number.parseInt(release.split('.')[2] ?? '', 10);
    const major = Number.isFinite(build) ? (build >= 22000 ? '11' : '10') : undefined;
    const edition = (facts.version ?? '').replace(/^\s*windows\s*(?:\d+\s*)?/i, '').trim();
    return [[major, edition].filter(Boolean).join(' '), `(${release})`].filter(Boolean).join(' ');
  }
  if (platform === 'darwin') {
    const macos = macosVersionOf(release);
    return macos ? `${macos} (Darwin ${release})` : `(Darwin ${release})`;
  }
  return facts.distribution ? `${release} (${facts.distribution})` : release;
}
