// Regenerates src/api/schema.d.ts from the API's OpenAPI schema (`make api-types`).
// The schema comes from the backend's own generator, or from a running server with KEPU_SCHEMA_URL.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'

const here = dirname(fileURLToPath(import.meta.url))
const frontend = resolve(here, '..')
const backend = resolve(frontend, '../backend')
const python = process.env.KEPU_PYTHON ?? resolve(frontend, '../.venv/bin/python')
const target = join(frontend, 'src/api/schema.d.ts')

let source
if (process.env.KEPU_SCHEMA_URL) {
  source = new URL(process.env.KEPU_SCHEMA_URL)
} else {
  const file = join(mkdtempSync(join(tmpdir(), 'kepu-schema-')), 'openapi.json')
  // English descriptions, whatever the default language, so the file only changes with the API.
  execFileSync(python, ['manage.py', 'spectacular', '--lang', 'en', '--format', 'openapi-json', '--file', file], {
    cwd: backend,
    stdio: 'inherit',
  })
  source = pathToFileURL(file)
}

// File fields (format: binary) are what the browser uploads: a File or Blob, not a string.
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'))
const ast = await openapiTS(source, {
  transform(schemaObject) {
    if (schemaObject.format === 'binary') return BLOB
    return undefined
  },
})
const banner = '// Generated from the OpenAPI schema by `npm run api-types`; do not edit by hand.\n\n'
writeFileSync(target, banner + astToString(ast))
console.log(`Wrote ${target}`)
