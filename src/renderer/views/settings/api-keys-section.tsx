import { useState } from 'preact/hooks';
import type { SettingsView } from '../../../shared/settings-view.ts';
import { statusDoctor } from '../../bridge.ts';
import { StatusLine, type StatusMessage } from '../../components/status-line.tsx';
import { words } from '../../i18n/dictionary.ts';

interface KeyRowProps {
  readonly service: { readonly id: string; readonly name: string };
  readonly stored: boolean;
  readonly disabled: boolean;
  readonly onChanged: () => void;
}

/** One service's key: store (asking first when it would not be encrypted) or remove. */
function KeyRow({ service, stored, disabled, onChanged }: KeyRowProps) {
  const t = words.value.settings.apiKeys;
  const [key, setKey] = useState('');
  const [consent, setConsent] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const id = `api-key-${service.id}`;

  const store = async (allowPlainText: boolean) => {
    if (key.trim().length < 8) return setStatus({ words: (w) => w.settings.apiKeys.tooShort, bad: true });
    const result = await statusDoctor().setApiKey({ serviceId: service.id, key: key.trim(), ...(allowPlainText ? { allowPlainText } : {}) });
    if (result.ok) {
      setKey('');
      setConsent(false);
      setStatus({ words: (w) => w.settings.apiKeys.storedOk });
      onChanged();
    } else if (result.reason === 'needs-consent') setConsent(true);
    else setStatus({ words: (w) => w.settings.apiKeys.failed(result.message), bad: true });
  };
  const remove = async () => {
    const result = await statusDoctor().setApiKey({ serviceId: service.id, key: null });
    if (result.ok) {
      setStatus({ words: (w) => w.settings.apiKeys.removedOk });
      onChanged();
    } else if (result.reason !== 'needs-consent') setStatus({ words: (w) => w.settings.apiKeys.failed(result.message), bad: true });
  };

  return (
    <li class="key-row">
      <div class="key-row__head">
        <span class="key-row__name">{service.name}</span>
        <span class={stored ? 'pill pill--ok' : 'pill'}>{stored ? t.stored : t.notStored}</span>
      </div>
      <div class="key-row__controls">
        <label for={id} class="visually-hidden">
          {t.keyFor(service.name)}
        </label>
        <input id={id} class="input mono" type="password" autoComplete="off" value={key} disabled={disabled} onInput={(event) => setKey((event.currentTarget as HTMLInputElement).value)} />
        <button type="button" class="button" disabled={disabled || key.trim() === ''} onClick={() => void store(false)}>
          {t.store}
        </button>
        {stored ? (
          <button type="button" class="button button--danger" aria-label={t.removeOf(service.name)} onClick={() => void remove()}>
            {t.remove}
          </button>
        ) : null}
      </div>
      {consent ? (
        <div class="consent" role="alertdialog" aria-labelledby={`${id}-consent-title`} aria-describedby={`${id}-consent-body`}>
          <p id={`${id}-consent-title`} class="consent__title">
            {t.consentTitle}
          </p>
          <p id={`${id}-consent-body`}>{t.consentBody}</p>
          <div class="actions">
            <button type="button" class="button button--danger" onClick={() => void store(true)}>
              {t.consentYes}
            </button>
            <button type="button" class="button" onClick={() => setConsent(false)}>
              {t.consentNo}
            </button>
          </div>
        </div>
      ) : null}
      <StatusLine status={status} />
    </li>
  );
}

/** API keys for authenticated probes; they go straight to main's secret storage, never into the settings. */
export function ApiKeysSection({ view, services, onChanged }: { readonly view: SettingsView; readonly services: readonly { readonly id: string; readonly name: string }[]; readonly onChanged: () => void }) {
  const t = words.value.settings.apiKeys;
  const stored = new Set(view.apiKeyServiceIds);
  return (
    <section class="card" aria-labelledby="settings-keys">
      <h2 id="settings-keys" class="card__title">
        {t.heading}
      </h2>
      <p class="field__hint">{t.intro}</p>
      <p class={view.secretStorage === 'encrypted' ? 'muted' : 'notice notice--warning'}>{t.storage[view.secretStorage]}</p>
      <ul class="key-list">
        {services.map((service) => (
          <KeyRow key={service.id} service={service} stored={stored.has(service.id)} disabled={view.secretStorage === 'unavailable'} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}
