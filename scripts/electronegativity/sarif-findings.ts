import { z } from 'zod';

/** Where Electronegativity reports a finding that concerns the whole app (a handler missing everywhere), not one line. */
export const WHOLE_APP = '(whole app)';

/** One Electronegativity finding, read back from its SARIF output. */
export interface ScanFinding {
  /** The check id, e.g. `AUXCLICK_JS_CHECK`. */
  readonly check: string;
  /** Path relative to the scanned root with `/` separators, or {@link WHOLE_APP}. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** `warning` for a finding, `note` for a pattern Electronegativity asks a human to review. */
  readonly level: string;
  readonly message: string;
}

// Only the part of SARIF 2.1.0 that Electronegativity writes and we read;
// other properties are allowed and ignored.
const sarifSchema = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string().min(1),
            level: z.string().optional(),
            message: z.object({ text: z.string() }).optional(),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number().int().optional(), startColumn: z.number().int().optional() }).optional(),
                  }),
                }),
              )
              .optional(),
          }),
        ),
      }),
    )
    .min(1),
});

function normalisedFile(uri: string): string {
  // Electronegativity writes `file:///` for a finding with no file ("N/A").
  if (uri === '' || uri === 'file:///' || uri === 'N/A') return WHOLE_APP;
  return uri
    .replace(/^file:\/\/\/?/, '')
    .replaceAll('\\', '/')
    .replace(/^\.\//, '');
}

/**
 * The findings of an Electronegativity SARIF log (already JSON-parsed).
 * Throws an error naming what is wrong when the log is not the SARIF shape
 * Electronegativity writes, so a changed tool never passes as "no findings".
 */
export function findingsFromSarif(sarif: unknown): ScanFinding[] {
  const parsed = sarifSchema.safeParse(sarif);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`not an Electronegativity SARIF 2.1.0 log: ${problems.join('; ')}`);
  }
  return parsed.data.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        check: result.ruleId,
        file: normalisedFile(location?.artifactLocation.uri ?? ''),
        line: location?.region?.startLine ?? 1,
        column: location?.region?.startColumn ?? 1,
        level: result.level ?? 'warning',
        message: result.message?.text ?? '',
      };
    }),
  );
}
