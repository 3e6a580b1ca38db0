import { useState } from 'preact/hooks';
import type { SaveFileResult, SettingsView } from '../../../shared/settings-view.ts';
import { statusDoctor } from '../../bridge.ts';
import { StatusLine, type StatusMessage } from '../../components/status-line.tsx';
import { words } from '../../i18n/dictionary.ts';

/** Import and export of the settings as a config file, and saving logs for support. */
export function FilesSection({ onImported }: { readonly onImported: (view: SettingsView) => void }) {
  const t = words.value;
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const saved = (result: SaveFileResult) => {
    if (result.ok) setStatus({ words: (w) => w.report.saved(result.path) });
    else if (result.reason === 'cancelled') setStatus({ words: (w) => w.report.cancelled });
    else setStatus({ words: (w) => w.report.failed(result.message), bad: true });
  };
  const importFile = async () => {
    const result = await statusDoctor().importSettings();
    if (result.ok) {
      onImported(result.settings);
      setStatus({ words: (w) => w.settings.files.imported });
    } else if (result.reason === 'cancelled') setStatus(null);
    else setStatus({ words: (w) => `${w.settings.files.importInvalid(result.errors.length)} ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, bad: true });
  };
  return (
    <section class="card" aria-labelledby="settings-files">
      <h2 id="settings-files" class="card__title">
        {t.settings.files.heading}
      </h2>
      <p class="field__hint">{t.settings.files.hint}</p>
      <div class="actions">
        <button type="button" class="button" onClick={() => void importFile()}>
          {t.settings.files.import}
        </button>
        <button type="button" class="button" onClick={() => void statusDoctor().exportSettings().then(saved)}>
          {t.settings.files.export}
        </button>
        <button type="button" class="button" onClick={() => void statusDoctor().saveLogs().then(saved)}>
          {t.settings.files.saveLogs}
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
