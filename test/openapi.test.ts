import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateDocument, generateTypes } from '../scripts/openapi.ts';

test('openapi.json and src/shared/api-schema.ts match the route definitions (run `npm run openapi`)', async () => {
  const doc = await generateDocument();
  assert.equal(readFileSync('openapi.json', 'utf8'), doc, 'openapi.json drifted: run `npm run openapi`');
  assert.equal(readFileSync('src/shared/api-schema.ts', 'utf8'), await generateTypes(doc), 'api-schema.ts drifted: run `npm run openapi`');
});
