/** Identity shared by every process; no electron, node: or DOM here. */
export const APP_ID = 'app.statusdoctor.desktop';

/** The product name shown in window titles, notifications and the tray. */
export const PRODUCT_NAME = 'Status Doctor';
