import { INVOKE_CHANNELS, type InvokeName } from '../shared/ipc-channels.ts';
import { IPC_REQUEST_SCHEMAS } from '../shared/ipc-requests.ts';
import type { AppLog } from './app-log.ts';
import type { IpcHandlers } from './ipc-handlers.ts';
import type { IpcSender } from './trusted-sender.ts';

/** An IPC message main will not act on; the window sees its message. */
export class IpcRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusedError';
  }
}

const NAMES = new Map<string, InvokeName>(Object.entries(INVOKE_CHANNELS).map(([name, channel]) => [channel, name as InvokeName]));

/** Handles one invoke message: (channel, sender, payload) → the handler's answer. */
export type IpcDispatch = (channel: string, sender: IpcSender, payload: unknown) => Promise<unknown>;

/**
 * Puts every IPC message through the same gate before a handler sees it:
 * a channel of the contract, a trusted sender (our window, our origin) and
 * a payload its schema accepts. Refusals are logged — with the channel and
 * what was wrong, never the payload, which may hold an API key — and
 * rejected with an error naming the problem.
 */
export function createIpcDispatch(options: { readonly handlers: IpcHandlers; readonly isTrusted: (sender: IpcSender) => boolean; readonly log: AppLog }): IpcDispatch {
  const { handlers, log } = options;
  return async (channel, sender, payload) => {
    const name = NAMES.get(channel);
    if (name === undefined) {
      log.warn('IPC refused: unknown channel', { channel });
      throw new IpcRefusedError(`unknown channel ${JSON.stringify(channel)}`);
    }
    if (!options.isTrusted(sender)) {
      log.warn('IPC refused: not from the Status Doctor window', { channel, frameUrl: sender.frameUrl ?? null, webContentsId: sender.webContentsId });
      throw new IpcRefusedError(`${name}: refused, the request does not come from the Status Doctor window`);
    }
    const parsed = IPC_REQUEST_SCHEMAS[name].safeParse(payload);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
      log.warn('IPC refused: bad request', { channel, problems });
      throw new IpcRefusedError(`${name}: invalid request (${problems.join('; ')})`);
    }
    try {
      // The schema table and the handler table are keyed alike; TypeScript cannot pair them through `name`.
      return await (handlers[name] as (request: unknown) => Promise<unknown>)(parsed.data);
    } catch (error) {
      log.error(`IPC ${name} failed`, { error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };
}
