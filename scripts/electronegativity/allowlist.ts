import { z } from 'zod';
import type { ScanFinding } from './sarif-findings.ts';

/** A reviewed Electronegativity finding: every finding of `check` in `file` is accepted, for `reason`. */
export interface AllowlistEntry {
  readonly check: string;
  /** Path relative to the repository root, or `(whole app)` for an app-wide finding. */
  readonly file: string;
  readonly reason: string;
}

/** What a scan comes to once the allowlist is applied. */
export interface ScanVerdict {
  /** Findings no entry accepts: each one fails the scan. */
  readonly unexpected: readonly ScanFinding[];
  readonly allowed: readonly { readonly finding: ScanFinding; readonly entry: AllowlistEntry }[];
  /** Entries that accept nothing any more: they fail the scan too, so the list stays honest. */
  readonly stale: readonly AllowlistEntry[];
}

const entrySchema = z.strictObject({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'a check id such as AUXCLICK_JS_CHECK'),
  file: z.string().trim().min(1, 'a file path relative to the repository root, or "(whole app)"'),
  reason: z.string().trim().min(1, 'why this finding is not a problem here (required)'),
});

const allowlistSchema = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(entrySchema),
});

/**
 * Reads an allowlist file's parsed JSON: `{ "entries": [{ check, file, reason }] }`.
 * Throws one error naming every bad entry (a missing or empty reason, an
 * unknown key, a duplicate), so nothing is accepted half-way.
 */
export function parseAllowlist(json: unknown): AllowlistEntry[] {
  const parsed = allowlistSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`bad Electronegativity allowlist: ${problems.join('; ')}`);
  }
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const [index, entry] of parsed.data.entries.entries()) {
    const key = `${entry.check} ${entry.file}`;
    if (seen.has(key)) duplicates.push(`entries.${index}: ${entry.check} in ${entry.file} is listed twice`);
    seen.add(key);
  }
  if (duplicates.length > 0) throw new Error(`bad Electronegativity allowlist: ${duplicates.join('; ')}`);
  return parsed.data.entries;
}

/** Applies the allowlist to a scan's findings: what fails the scan, what is accepted and which entries went stale. */
export function applyAllowlist(findings: readonly ScanFinding[], entries: readonly AllowlistEntry[]): ScanVerdict {
  const unexpected: ScanFinding[] = [];
  const allowed: { finding: ScanFinding; entry: AllowlistEntry }[] = [];
  const used = new Set<AllowlistEntry>();
  for (const finding of findings) {
    const entry = entries.find((candidate) => candidate.check === finding.check && candidate.file === finding.file);
    if (entry === undefined) {
      unexpected.push(finding);
      continue;
    }
    used.add(entry);
    allowed.push({ finding, entry });
  }
  return { unexpected, allowed, stale: entries.filter((entry) => !used.has(entry)) };
}

/** The lines to print for a verdict: each failing finding as `file:line:column CHECK (level) message`, then each stale entry. */
export function describeVerdict(verdict: ScanVerdict): string[] {
  const lines: string[] = [];
  for (const finding of verdict.unexpected) {
    const where = finding.file.startsWith('(') ? finding.file : `${finding.file}:${finding.line}:${finding.column}`;
    lines.push(`  ${where} ${finding.check} (${finding.level}) ${finding.message}`);
  }
  for (const entry of verdict.stale) {
    lines.push(`  stale allowlist entry: ${entry.check} in ${entry.file} matches no finding; remove it (reason was: ${entry.reason})`);
  }
  return lines;
}
