import type { CheckDependencies } from '../check/run-check.ts';
import { runCheck } from '../check/run-check.ts';
import type { ConfigFile, ServiceSpec } from '../config/config-schema.ts';
import type { GuidanceLanguage } from '../i18n/guidance-language.ts';
import type { NetworkEvidence } from '../network/network-evidence.ts';
import type { CheckReport } from '../report/report-schema.ts';

/** A finished diagnosis and the raw network evidence behind it (the support report cites it). */
export interface EngineDiagnosis {
  readonly report: CheckReport;
  readonly evidence?: NetworkEvidence;
}

/** Runs one full diagnosis, keeping the network evidence the report's JSON leaves out. */
export async function diagnose(
  request: { readonly config: ConfigFile; readonly services: readonly ServiceSpec[]; readonly language: GuidanceLanguage; readonly imSeeingErrors?: boolean; readonly signal?: AbortSignal },
  deps: CheckDependencies,
): Promise<EngineDiagnosis> {
  let evidence: NetworkEvidence | undefined;
  const report = await runCheck(
    {
      config: request.config,
      services: request.services,
      language: request.language,
      ...(request.imSeeingErrors ? { imSeeingErrors: true } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    },
    {
      ...deps,
      diagnoseNetwork: async (networkRequest) => {
        evidence = await deps.diagnoseNetwork(networkRequest);
        return evidence;
      },
    },
  );
  return { report, ...(evidence ? { evidence } : {}) };
}
