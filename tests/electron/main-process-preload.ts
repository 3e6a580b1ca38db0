// Loaded into the app's main process by the Electron lane (Electron's `-r`,
// bundled to CommonJS by electron-lane-setup.ts), before the app's own code:
// the loopback-only guard, so no probe of the app can reach a real host even
// if its settings were not the test's, and the test's own profile directory,
// so the app reads the test's settings and never touches the user's.
import '../support/loopback-only-guard.ts';
import { app } from 'electron';
import { TEST_USER_DATA_ENV } from './test-profile-env.ts';

const userData = process.env[TEST_USER_DATA_ENV];
if (userData !== undefined && userData !== '') app.setPath('userData', userData);
