import { useEffect, useState } from 'preact/hooks';
import type { AppSnapshot } from '../../shared/app-snapshot.ts';
import type { SaveFileResult } from '../../shared/settings-view.ts';
import type { SupportReportView } from '../../shared/status-doctor-api.ts';
import { statusDoctor } from '../bridge.ts';
import { StatusLine, type StatusMessage } from '../components/status-line.tsx';
import { ViewHeading } from '../components/view-heading.tsx';
import { words } from '../i18n/dictionary.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The support report of the latest check, to read, copy or save. */
export function ReportView({ snapshot, serviceId }: { readonly snapshot: AppSnapshot; readonly serviceId?: string }) {
  const t = words.value;
  const [about, setAbout] = useState(serviceId ?? '');
  const [report, setReport] = useState<SupportReportView | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const diagnosedAt = snapshot.diagnosis?.report.at;

  // A new diagnosis makes a new report; nothing is asked on a timer.
  useEffect(() => {
    let current = true;
    statusDoctor()
      .getSupportReport(about === '' ? {} : { serviceId: about })
      .then(
        (result) => {
          if (current) setReport(result);
        },
        (error: unknown) => {
          if (current) setStatus({ words: (w) => w.app.error(message(error)), bad: true });
        },
      );
    return () => {
      current = false;
    };
  }, [about, diagnosedAt, snapshot.language]);

  const copy = async () => {
    if (!report) return;
    try {
      await statusDoctor().copyText({ text: report.markdown });
      setStatus({ words: (w) => w.report.copied });
    } catch (error) {
      setStatus({ words: (w) => w.app.error(message(error)), bad: true });
    }
  };
  const save = async (formatChoice: 'markdown' | 'text') => {
    let result: SaveFileResult;
    try {
      result = await statusDoctor().saveSupportReport({ ...(about === '' ? {} : { serviceId: about }), format: formatChoice });
    } catch (error) {
      setStatus({ words: (w) => w.app.error(message(error)), bad: true });
      return;
    }
    if (result.ok) setStatus({ words: (w) => w.report.saved(result.path) });
    else if (result.reason === 'cancelled') setStatus({ words: (w) => w.report.cancelled });
    else setStatus({ words: (w) => w.report.failed(result.message), bad: true });
  };

  return (
    <div class="view view--report">
      <section class="card">
        <ViewHeading>{t.report.heading}</ViewHeading>
        <p class="muted">{t.report.intro}</p>
        <div class="report-controls">
          <div class="field field--inline">
            <label for="report-about">{t.report.about}</label>
            <select id="report-about" class="select" value={about} onChange={(event) => setAbout((event.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t.report.aboutVerdict}</option>
              {snapshot.services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </select>
          </div>
          <div class="actions">
            <button type="button" class="button button--primary" disabled={!report} onClick={() => void copy()}>
              {t.report.copy}
            </button>
            <button type="button" class="button" disabled={!report} onClick={() => void save('markdown')}>
              {t.report.saveMarkdown}
            </button>
            <button type="button" class="button" disabled={!report} onClick={() => void save('text')}>
              {t.report.saveText}
            </button>
          </div>
        </div>
        <StatusLine status={status} />
        {report ? (
          <pre class="report-text" tabIndex={0} aria-label={t.report.heading}>
            {report.markdown}
          </pre>
        ) : (
          <p class="muted">{t.report.loading}</p>
        )}
      </section>
    </div>
  );
}
