import type { AppSettings, AppSettingsInput } from '../../../core/desktop/app-settings.ts';

type ServiceSpec = AppSettings['customServices'][number];

/** One custom service as the form edits it: its first probe and its status page as plain text. */
export interface ServiceDraft {
  /** Stable across edits, for list keys (the id itself is being edited). */
  readonly key: number;
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly method: 'HEAD' | 'GET';
  readonly statusPageUrl: string;
  readonly provider: string;
  /** Probes beyond the first and status-page components, kept as they were (the form does not edit them). */
  readonly kept: { readonly probes: ServiceSpec['probes']; readonly components?: readonly string[] };
}

/** The settings form's state: what the user typed, exactly, until it is saved. */
export interface SettingsDraft {
  readonly language: AppSettings['language'];
  readonly launchAtLogin: boolean;
  readonly disabledServiceIds: readonly string[];
  readonly customServices: readonly ServiceDraft[];
  readonly probeIntervalS: string;
  readonly probeTimeoutS: string;
  readonly failuresToConfirm: string;
  readonly successesToRecover: string;
  readonly statusPageIntervalS: string;
  readonly deadlineS: string;
  readonly notifyDegraded: boolean;
  readonly quietEnabled: boolean;
  readonly quietStart: string;
  readonly quietEnd: string;
}

let nextKey = 1;
const secondsText = (ms: number) => String(ms / 1000);

/** A new, empty custom service. */
export function emptyService(): ServiceDraft {
  return { key: nextKey++, id: '', name: '', url: 'https://', method: 'HEAD', statusPageUrl: '', provider: 'auto', kept: { probes: [] } };
}

function serviceDraft(service: ServiceSpec): ServiceDraft {
  const [first, ...rest] = service.probes;
  return {
    key: nextKey++,
    id: service.id,
    name: service.name,
    url: first?.url ?? '',
    method: first?.method ?? 'HEAD',
    statusPageUrl: service.statusPage?.url ?? '',
    provider: service.statusPage?.provider ?? 'auto',
    kept: { probes: rest, ...(service.statusPage?.components ? { components: service.statusPage.components } : {}) },
  };
}

/** The form's state for saved settings. */
export function draftOf(settings: AppSettings): SettingsDraft {
  const { probe, statusPage, notifications } = settings.monitor;
  return {
    language: settings.language,
    launchAtLogin: settings.launchAtLogin,
    disabledServiceIds: settings.disabledServiceIds,
    customServices: settings.customServices.map(serviceDraft),
    probeIntervalS: secondsText(probe.intervalMs),
    probeTimeoutS: secondsText(probe.timeoutMs),
    failuresToConfirm: String(probe.failuresToConfirm),
    successesToRecover: String(probe.successesToRecover),
    statusPageIntervalS: secondsText(statusPage.intervalMs),
    deadlineS: secondsText(settings.deadlineMs),
    notifyDegraded: notifications.notifyDegraded,
    quietEnabled: notifications.quietHours.enabled,
    quietStart: notifications.quietHours.start,
    quietEnd: notifications.quietHours.end,
  };
}

// What the user typed goes to main as it is when it is not a plain number,
// so the settings schema names the field and says what is wrong with it.
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;
const toMs = (text: string): unknown => (DECIMAL.test(text) ? Math.round(Number(text) * 1000) : text);
const toCount = (text: string): unknown => (DECIMAL.test(text) ? Number(text) : text);

function serviceSpec(draft: ServiceDraft): unknown {
  const statusPage =
    draft.statusPageUrl.trim() === ''
      ? {}
      : { statusPage: { provider: draft.provider, url: draft.statusPageUrl.trim(), ...(draft.kept.components ? { components: draft.kept.components } : {}) } };
  return { id: draft.id.trim(), name: draft.name, probes: [{ url: draft.url.trim(), method: draft.method }, ...draft.kept.probes], ...statusPage };
}

/** The settings to send: the saved ones with the form's edits applied. */
export function settingsOf(draft: SettingsDraft, saved: AppSettings): AppSettingsInput {
  const { probe, statusPage, notifications } = saved.monitor;
  const next = {
    ...saved,
    language: draft.language,
    launchAtLogin: draft.launchAtLogin,
    disabledServiceIds: [...draft.disabledServiceIds],
    customServices: draft.customServices.map(serviceSpec),
    deadlineMs: toMs(draft.deadlineS),
    monitor: {
      ...saved.monitor,
      probe: {
        ...probe,
        intervalMs: toMs(draft.probeIntervalS),
        timeoutMs: toMs(draft.probeTimeoutS),
        failuresToConfirm: toCount(draft.failuresToConfirm),
        successesToRecover: toCount(draft.successesToRecover),
      },
      statusPage: { ...statusPage, intervalMs: toMs(draft.statusPageIntervalS) },
      notifications: {
        ...notifications,
        notifyDegraded: draft.notifyDegraded,
        quietHours: { enabled: draft.quietEnabled, start: draft.quietStart.trim(), end: draft.quietEnd.trim() },
      },
    },
  };
  // Deliberately unchecked here: main validates all of it and answers with every bad field.
  return next as AppSettingsInput;
}
