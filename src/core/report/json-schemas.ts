import { z } from 'zod';
import { configFileSchema } from '../config/config-schema.ts';
import { checkReportSchema } from './report-schema.ts';

/** Schema ids: stable names users can point their editors at. */
const SCHEMA_BASE = 'https://statusdoctor.app/schemas';

/**
 * The JSON Schemas of the public file formats, generated from the zod
 * schemas the engine validates with, so the two cannot drift apart.
 * The config schema describes what a person may write (defaults optional);
 * the report schema describes what `check --json` prints.
 */
export function publicJsonSchemas(): Record<'config.schema.json' | 'report.schema.json', object> {
  return {
    'config.schema.json': { ...z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' }), $id: `${SCHEMA_BASE}/config.schema.json` },
    'report.schema.json': { ...z.toJSONSchema(checkReportSchema, { io: 'output', target: 'draft-2020-12' }), $id: `${SCHEMA_BASE}/report.schema.json` },
  };
}
