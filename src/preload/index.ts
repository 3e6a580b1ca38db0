import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppSnapshot, NavigateTarget } from '../shared/app-snapshot.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventName, type InvokeName } from '../shared/ipc-channels.ts';
import type { StatusDoctorApi } from '../shared/status-doctor-api.ts';

// window.statusDoctor: named functions only (DESIGN.md, IPC). The page never
// gets ipcRenderer, an IPC event or a channel name it could choose itself.

const invoke = (name: InvokeName, request?: unknown) => ipcRenderer.invoke(INVOKE_CHANNELS[name], request);

function subscribe<T>(event: EventName, listener: (value: T) => void): () => void {
  // The IPC event (with its sender) stays here; the page gets the value only.
  const forward = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(EVENT_CHANNELS[event], forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNELS[event], forward);
  };
}

const api: StatusDoctorApi = {
  getSnapshot: () => invoke('getSnapshot'),
  onSnapshot: (listener) => subscribe<AppSnapshot>('snapshot', listener),
  onNavigate: (listener) => subscribe<NavigateTarget>('navigate', listener),
  checkNow: () => invoke('checkNow'),
  reportSeeingErrors: (request) => invoke('reportSeeingErrors', request),
  getHistory: (request) => invoke('getHistory', request),
  getSettings: () => invoke('getSettings'),
  updateSettings: (settings) => invoke('updateSettings', settings),
  importSettings: () => invoke('importSettings'),
  exportSettings: () => invoke('exportSettings'),
  getSupportReport: (request) => invoke('getSupportReport', request),
  saveSupportReport: (request) => invoke('saveSupportReport', request),
  copyText: (request) => invoke('copyText', request),
  openStatusPage: (request) => invoke('openStatusPage', request),
  muteService: (request) => invoke('muteService', request),
  notifyWhenBack: (request) => invoke('notifyWhenBack', request),
  setStepTicked: (request) => invoke('setStepTicked', request),
  setPaused: (request) => invoke('setPaused', request),
  setApiKey: (request) => invoke('setApiKey', request),
  saveLogs: () => invoke('saveLogs'),
};

contextBridge.exposeInMainWorld('statusDoctor', api);
