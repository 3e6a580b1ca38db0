import type { AppSettings } from '../core/desktop/app-settings.ts';

/** The settings as the window edits them, plus what only main knows. */
export interface SettingsView {
  readonly settings: AppSettings;
  /** The built-in services the user can switch on and off. */
  readonly catalog: readonly { readonly id: string; readonly name: string }[];
  /** Services with an API key stored (the keys themselves never leave main). */
  readonly apiKeyServiceIds: readonly string[];
  /** Whether keys are stored encrypted by the OS; `basic-text` asks before storing (Linux without a keyring). */
  readonly secretStorage: 'encrypted' | 'basic-text' | 'unavailable';
}

/** One field the settings form must fix: `path` as in the config file (`customServices[0].probes[0].url`). */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The answer to `updateSettings`: saved, or not saved at all with every bad field named. */
export type UpdateSettingsResult =
  | { readonly ok: true; readonly settings: SettingsView }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The answer to something that writes a file through a save dialog. */
export type SaveFileResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: 'cancelled' }
  | { readonly ok: false; readonly reason: 'failed'; readonly message: string };

/** The answer to importing a config file: nothing is applied unless all of it is valid. */
export type ImportSettingsResult =
  | { readonly ok: true; readonly settings: SettingsView }
  | { readonly ok: false; readonly reason: 'cancelled' }
  | { readonly ok: false; readonly reason: 'invalid'; readonly errors: readonly FieldError[] };

/** The answer to storing an API key. */
export type SetApiKeyResult =
  | { readonly ok: true }
  /** Linux's `basic_text` backend: the key would be stored unencrypted; ask, then call again with `allowPlainText`. */
  | { readonly ok: false; readonly reason: 'needs-consent' }
  | { readonly ok: false; readonly reason: 'unavailable' | 'invalid'; readonly message: string };
