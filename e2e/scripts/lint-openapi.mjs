#!/usr/bin/env node
// Lints an OpenAPI document with Redocly (recommended rules) and Spectral (spectral:oas).
// Usage: node scripts/lint-openapi.mjs <http(s) URL of the live document | file>
// Exits non-zero when either linter reports an error; warnings are printed but allowed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (!source) {
  console.error('usage: lint-openapi.mjs <url|file>');
  process.exit(2);
}

let file = resolve(source);
if (/^https?:\/\//.test(source)) {
  const response = await fetch(source, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    console.error(`GET ${source} answered ${response.status}`);
    process.exit(1);
  }
  const document = await response.json();
  file = join(mkdtempSync(join(tmpdir(), 'openapi-lint-')), 'openapi.json');
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Fetched ${source} (OpenAPI ${document.openapi}, ${Object.keys(document.paths ?? {}).length} paths) -> ${file}`);
}

const env = {
  ...process.env,
  NO_COLOR: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  SCARF_ANALYTICS: 'false',
};
const bin = (name) => join(root, 'node_modules/.bin', name);

const linters = [
  { name: 'redocly', command: bin('redocly'), args: ['lint', '--extends=recommended', '--config', join(root, 'redocly.yaml'), '--format=stylish', file] },
  { name: 'spectral', command: bin('spectral'), args: ['lint', '-r', join(root, '.spectral.yaml'), '--format=stylish', file] },
];

let failed = false;
for (const { name, command, args } of linters) {
  console.log(`\n$ ${name} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  process.stdout.write(result.stderr ?? '');
  const ok = result.status === 0;
  console.log(`${name}: ${ok ? 'no errors' : `FAILED (exit ${result.status ?? result.signal})`}`);
  failed ||= !ok;
}
process.exit(failed ? 1 : 0);
