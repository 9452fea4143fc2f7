import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

test('the live OpenAPI document passes Redocly (recommended) and Spectral (spectral:oas) with 0 errors', async ({ baseURL }) => {
  const script = fileURLToPath(new URL('../scripts/lint-openapi.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, `${baseURL}/v3/api-docs`], { encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  await test.info().attach('openapi-lint.txt', { body: output, contentType: 'text/plain' });
  // Printed so the report and the build log show the linters' findings, warnings included.
  console.log(output);
  expect(result.status, output).toBe(0);
});
