import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from './ipc-handlers.ts';

/** The native open and save dialogs, attached to the window when it is open. */
export function createFileDialogs(parent: () => BrowserWindow | undefined): FileDialogs {
  return {
    chooseSaveFile: async ({ title, defaultName, filters }) => {
      const options = { title, defaultPath: defaultName, filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })) };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    chooseOpenFile: async ({ title, filters }) => {
      const options = {
        title,
        properties: ['openFile' as const],
        filters: filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
