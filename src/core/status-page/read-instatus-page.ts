import type { OfficialComponent } from './official-status.ts';
import { fetchDocument, type DocumentAnswer } from './fetch-document.ts';
import { combineInstatus, parseInstatusComponents, parseInstatusSummary, type InstatusSummary } from './instatus-reader.ts';
import { failed, failedAnswer, jsonOf, succeeded, validatorsFor, type ReadContext } from './reading-outcomes.ts';
import { instatusComponentsUrl } from './status-page-endpoints.ts';
import type { CachedValidators, StatusPageReading } from './status-page-reading.ts';

/**
 * Instatus needs two documents: the summary (page status, incidents,
 * maintenances) and the component list. The summary decides; a component
 * list that cannot be read keeps the previous one (or none), because the
 * page status is still worth reporting.
 */
export async function readInstatus(
  summaryUrl: string,
  context: ReadContext,
  alreadyFetched?: Extract<DocumentAnswer, { kind: 'body' }>,
): Promise<StatusPageReading> {
  const componentsUrl = instatusComponentsUrl(summaryUrl);
  const [summaryAnswer, componentsAnswer] = await Promise.all([
    alreadyFetched ?? fetchDocument(context, summaryUrl, validatorsFor(context, summaryUrl)),
    fetchDocument(context, componentsUrl, validatorsFor(context, componentsUrl)),
  ]);
  if (summaryAnswer.kind === 'failure') return failedAnswer(summaryAnswer, 'instatus');

  const previousStatus = context.previous?.provider === 'instatus' ? context.previous.status : undefined;
  let summary: InstatusSummary;
  if (summaryAnswer.kind === 'not-modified') {
    if (previousStatus === undefined) return failed(summaryUrl, { kind: 'invalid', message: 'the status page answered 304 but nothing was cached' }, 'instatus');
    summary = previousStatus;
  } else {
    const json = jsonOf(summaryAnswer);
    if (!json.ok) return failed(summaryUrl, json.problem, 'instatus');
    const parsed = parseInstatusSummary(json.value);
    if (!parsed.ok) return failed(summaryUrl, { kind: 'invalid', message: parsed.message }, 'instatus');
    summary = parsed.value;
  }

  let components: readonly OfficialComponent[] = previousStatus?.components ?? [];
  let componentsValidators: CachedValidators | undefined = validatorsFor(context, componentsUrl);
  if (componentsAnswer.kind === 'body') {
    const json = jsonOf(componentsAnswer);
    const parsed = json.ok ? parseInstatusComponents(json.value) : undefined;
    if (parsed?.ok === true) {
      components = parsed.value;
      componentsValidators = componentsAnswer.validators;
    }
  } else if (componentsAnswer.kind === 'not-modified') {
    componentsValidators = componentsAnswer.validators;
  }

  const status = combineInstatus(summary, components);
  const validators = [summaryAnswer.validators, ...(componentsValidators === undefined ? [] : [componentsValidators])];
  const unchanged = summaryAnswer.kind === 'not-modified' && componentsAnswer.kind === 'not-modified';
  return succeeded('instatus', status, summaryUrl, unchanged, validators, context);
}
