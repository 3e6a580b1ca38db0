import type { Dictionary } from '../../i18n/en.ts';
import type { SettingsDraft } from './settings-draft.ts';

/** The form's name for a settings path, for the error summary: "My API › Address to check". */
export function labelOfPath(path: string, draft: SettingsDraft, t: Dictionary): string {
  const s = t.settings;
  const fixed: Record<string, string> = {
    language: s.general.language,
    launchAtLogin: s.general.launchAtLogin,
    deadlineMs: s.monitoring.deadline,
    'monitor.probe.intervalMs': s.monitoring.probeInterval,
    'monitor.probe.timeoutMs': s.monitoring.probeTimeout,
    'monitor.probe.failuresToConfirm': s.monitoring.failuresToConfirm,
    'monitor.probe.successesToRecover': s.monitoring.successesToRecover,
    'monitor.statusPage.intervalMs': s.monitoring.statusPageInterval,
    'monitor.notifications.notifyDegraded': s.notifications.notifyDegraded,
    'monitor.notifications.quietHours.enabled': s.notifications.quietEnabled,
    'monitor.notifications.quietHours.start': `${s.notifications.quietHours} › ${s.notifications.quietStart}`,
    'monitor.notifications.quietHours.end': `${s.notifications.quietHours} › ${s.notifications.quietEnd}`,
  };
  if (fixed[path]) return fixed[path];
  const custom = /^customServices\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (custom) {
    const service = draft.customServices[Number(custom[1])];
    const name = service?.name.trim() || s.services.untitled;
    const fields: Record<string, string> = {
      id: s.services.id,
      name: s.services.name,
      'probes[0].url': s.services.probeUrl,
      'probes[0].method': s.services.method,
      'statusPage.url': s.services.statusPageUrl,
      'statusPage.provider': s.services.provider,
    };
    return custom[2] ? `${name} › ${fields[custom[2]] ?? custom[2]}` : name;
  }
  return path || s.otherErrors;
}
