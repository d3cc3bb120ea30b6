/**
 * Loads a TypeScript module of src/ from a Node script: bundles it with esbuild (already a
 * dependency of the toolchain) into a temporary ES module and imports that. Node's own type
 * stripping cannot follow src/'s extension-less imports.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function loadTs(relativeToScripts) {
  const entry = fileURLToPath(new URL(relativeToScripts, import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'kas-ts-'));
  const outfile = join(dir, 'module.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
