import { powershellJsonRecords } from '../system/command-json.ts';
type Json = Record<string, unknown>;

/** One adapter from PowerShell `Get-NetAdapter | Select-Object Name,InterfaceDescription,Status,ifIndex | ConvertTo-Json`. */
export interface WindowsAdapter {
  readonly name: string;
  readonly description?: string;
  readonly up: boolean;
  readonly interfaceIndex?: number;
}

/**
 * Parses `ConvertTo-Json` of Get-NetAdapter objects (single object or
 * array, as above). `Status` is "Up" whatever the display language; a
 * numeric status (1 = up) is accepted too.
 *
 * @returns undefined for text that is not such JSON
 */
export function parseGetNetAdapterJson(text: string): WindowsAdapter[] | undefined {
  const items = powershellJsonRecords(text) as Json[] | undefined;
  if (items === undefined) return undefined;
  return items.flatMap((item) => {
    const name = item['Name'];
    if (typeof name !== 'string' || name === '') return [];
    const status = item['Status'];
    const description = item['InterfaceDescription'];
    const index = item['ifIndex'] ?? item['InterfaceIndex'];
    return [
      {
        name,
        ...(typeof description === 'string' && description !== '' ? { description } : {}),
        up: (typeof status === 'string' && status.toLowerCase() === 'up') || status === 1,
        ...(typeof index === 'number' ? { interfaceIndex: index } : {}),
      },
    ];
  });
}
