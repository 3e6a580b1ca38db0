import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const root = join(import.meta.dirname, '..', '..');

/** A committed schema file, parsed. */
export function committedSchema(name: 'config.schema.json' | 'report.schema.json'): object {
  return JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as object;
}

/** A validator built from the committed schema file, as a user's own tooling would build it. */
export function committedSchemaValidator(name: 'config.schema.json' | 'report.schema.json') {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormatsModule as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv.compile(committedSchema(name));
}
