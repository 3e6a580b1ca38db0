import type { StatusDoctorApi } from '../shared/status-doctor-api.ts';

declare global {
  interface Window {
    /** The preload's API (DESIGN.md, IPC): the renderer's only way out. */
    readonly statusDoctor: StatusDoctorApi;
  }
}

/** The app's API as the preload exposes it. */
export function statusDoctor(): StatusDoctorApi {
  return window.statusDoctor;
}
