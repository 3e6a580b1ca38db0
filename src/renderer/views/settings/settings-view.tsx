import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AppSnapshot } from '../../../shared/app-snapshot.ts';
import type { FieldError, SettingsView } from '../../../shared/settings-view.ts';
import { statusDoctor } from '../../bridge.ts';
import { StatusLine, type StatusMessage } from '../../components/status-line.tsx';
import { ErrorSummary } from '../../components/form/error-summary.tsx';
import { indexErrors } from '../../components/form/field-errors.ts';
import { ViewHeading } from '../../components/view-heading.tsx';
import { words } from '../../i18n/dictionary.ts';
import { ApiKeysSection } from './api-keys-section.tsx';
import { FilesSection } from './files-section.tsx';
import { GeneralSection } from './general-section.tsx';
import { MonitoringSection } from './monitoring-section.tsx';
import { NotificationsSection } from './notifications-section.tsx';
import { ServicesSection } from './services-section.tsx';
import { draftOf, settingsOf, type SettingsDraft } from './settings-draft.ts';
import { labelOfPath } from './settings-labels.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The settings form. Saving sends all of it; main saves all of it or none
 * and names every bad field, which is shown next to that field and in a
 * summary at the top, and the form keeps what the user typed.
 */
export function SettingsScreen({ snapshot }: { readonly snapshot: AppSnapshot }) {
  const t = words.value;
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const errorMap = useMemo(() => indexErrors(errors), [errors]);

  const load = (next: SettingsView) => {
    setView(next);
    setDraft(draftOf(next.settings));
    setErrors([]);
    setDirty(false);
  };
  useEffect(() => {
    statusDoctor()
      .getSettings()
      .then(load, (error: unknown) => setStatus({ words: (w) => w.app.error(message(error)), bad: true }));
  }, []);

  if (!view || !draft) {
    return (
      <div class="view">
        <ViewHeading>{t.settings.heading}</ViewHeading>
        <StatusLine status={status} />
      </div>
    );
  }

  const update = (patch: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
    setStatus(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await statusDoctor().updateSettings(settingsOf(draft, view.settings));
      if (result.ok) {
        load(result.settings);
        setStatus({ words: (w) => w.settings.saved });
      } else {
        setErrors(result.errors);
        setStatus(null);
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.error-summary')?.focus());
      }
    } catch (error) {
      setStatus({ words: (w) => w.app.error(message(error)), bad: true });
    } finally {
      setSaving(false);
    }
  };
  const refreshKeys = () => void statusDoctor().getSettings().then((next) => setView({ ...view, apiKeyServiceIds: next.apiKeyServiceIds }));
  const sectionProps = { draft, update, errors: errorMap };

  return (
    <div class="view view--settings">
      <form class="settings-form" noValidate onSubmit={(event) => void save(event)}>
        <ViewHeading>{t.settings.heading}</ViewHeading>
        <ErrorSummary errors={errors} labelOf={(path) => labelOfPath(path, draft, t)} />
        <GeneralSection {...sectionProps} />
        <ServicesSection {...sectionProps} catalog={view.catalog} />
        <MonitoringSection {...sectionProps} />
        <NotificationsSection {...sectionProps} services={snapshot.services} />
        <div class="save-bar">
          <button type="submit" class="button button--primary" disabled={saving} aria-busy={saving}>
            {saving ? t.settings.saving : t.settings.save}
          </button>
          <button type="button" class="button button--quiet" disabled={saving || !dirty} onClick={() => load(view)}>
            {t.settings.undo}
          </button>
          <StatusLine status={status} />
        </div>
      </form>
      <ApiKeysSection view={view} services={snapshot.services} onChanged={refreshKeys} />
      <FilesSection onImported={load} />
    </div>
  );
}
