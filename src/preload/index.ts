import { contextBridge } from 'electron';
import { PRODUCT_NAME } from '../shared/app-info.ts';

// The typed window.statusDoctor API of DESIGN.md replaces this with the IPC
// contract; until then the renderer only learns the product name.
contextBridge.exposeInMainWorld('statusDoctor', {
  productName: PRODUCT_NAME,
});
