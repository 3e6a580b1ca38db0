/** The bridge the preload exposes; typed fully once the IPC contract lands. */
interface StatusDoctorBridge {
  readonly productName: string;
}

declare global {
  interface Window {
    readonly statusDoctor?: StatusDoctorBridge;
  }
}

const root = document.getElementById('app');
if (root) {
  const heading = document.createElement('h1');
  heading.textContent = window.statusDoctor?.productName ?? 'Status Doctor';
  root.append(heading);
}

export {};
