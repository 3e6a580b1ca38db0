// Writes schemas/*.schema.json from the zod schemas; run after changing a
// public format (`npm run schemas`). tests/schemas checks they are current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicJsonSchemas } from '../src/core/report/json-schemas.ts';

for (const [name, schema] of Object.entries(publicJsonSchemas())) {
  writeFileSync(join(import.meta.dirname, '..', 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
