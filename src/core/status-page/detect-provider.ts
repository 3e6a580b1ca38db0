import { field, isRecord, recordField } from './payload-fields.ts';

/**
 * Tells providers apart by what a document looks like, so `auto` needs no
 * extra requests: the document fetched to detect the provider is the one
 * that is then read.
 */

/** What a fetched document turned out to be. */
export type DocumentKind =
  | { readonly kind: 'statuspage' | 'incidentio' | 'instatus' | 'google'; readonly json: unknown }
  | { readonly kind: 'feed' }
  | { readonly kind: 'html' }
  | { readonly kind: 'broken-json' }
  | { readonly kind: 'unknown-json'; readonly json: unknown }
  | { readonly kind: 'unknown' };

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * incident.io's Statuspage-compatible summary, told from Atlassian's own: its
 * ids are ULIDs (Atlassian's are 12 lower-case characters), it has no
 * `scheduled_maintenances` key, and its components carry no `group` flag.
 */
export function looksLikeIncidentIo(payload: unknown): boolean {
  if (!isRecord(payload)) return false;
  const page = recordField(payload, 'page');
  const pageId = page === undefined ? undefined : field(page, 'id');
  if (typeof pageId === 'string') return ULID.test(pageId);
  if (field(payload, 'scheduled_maintenances') !== undefined) return false;
  const components = field(payload, 'components');
  return Array.isArray(components) && components.length > 0 && components.every((c) => isRecord(c) && field(c, 'group') === undefined);
}

function looksLikeStatuspage(payload: unknown): boolean {
  if (!isRecord(payload)) return false;
  const status = recordField(payload, 'status');
  return status !== undefined && typeof field(status, 'indicator') === 'string';
}

function looksLikeInstatusSummary(payload: unknown): boolean {
  if (!isRecord(payload)) return false;
  const page = recordField(payload, 'page');
  return page !== undefined && typeof field(page, 'status') === 'string' && field(payload, 'status') === undefined;
}

function looksLikeGoogleIncidents(payload: unknown, url: string): boolean {
  if (!Array.isArray(payload)) return false;
  // An empty list is a quiet Google feed only when the address says it is one.
  if (payload.length === 0) return new URL(url).pathname.toLowerCase().endsWith('incidents.json');
  return payload.slice(0, 20).some((item) => isRecord(item) && field(item, 'begin') !== undefined && field(item, 'external_desc') !== undefined);
}

/** Classifies a document by its first bytes and, for JSON, its shape. */
export function classifyDocument(body: string, url: string, contentType?: string): DocumentKind {
  const head = body.slice(0, 512).replace(/^\uFEFF/, '').trimStart();
  const lowerHead = head.toLowerCase();
  if (lowerHead.startsWith('<!doctype html') || lowerHead.startsWith('<html') || (contentType?.includes('text/html') === true && head.startsWith('<'))) {
    return { kind: 'html' };
  }
  if (head.startsWith('<')) return { kind: 'feed' };
  if (!head.startsWith('{') && !head.startsWith('[')) return { kind: 'unknown' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'broken-json' };
  }
  if (looksLikeStatuspage(json)) return { kind: looksLikeIncidentIo(json) ? 'incidentio' : 'statuspage', json };
  if (looksLikeInstatusSummary(json)) return { kind: 'instatus', json };
  if (looksLikeGoogleIncidents(json, url)) return { kind: 'google', json };
  return { kind: 'unknown-json', json };
}
