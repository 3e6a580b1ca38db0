import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../shared/ipc-channels.ts';
import type { IpcDispatch } from './ipc-dispatch.ts';
import type { IpcSender } from './trusted-sender.ts';

/** Who sent an invoke message, as the trust check reads it. */
export function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return { frameUrl: frame?.url, webContentsId: event.sender.id, isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

/**
 * Registers exactly the contract's channels ({@link INVOKE_CHANNELS}), each
 * going through `dispatch`. Returns the function that removes them.
 */
export function registerIpc(dispatch: IpcDispatch): () => void {
  const channels = Object.values(INVOKE_CHANNELS);
  for (const channel of channels) ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, senderOf(event), payload));
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
