/** The environment variable naming the profile (userData) directory of an Electron-lane launch; read by main-process-preload.ts. */
export const TEST_USER_DATA_ENV = 'STATUS_DOCTOR_TEST_USER_DATA';
