#!/usr/bin/env node
/**
 * Runs the Astro CLI with telemetry off (nothing phones home), passing the arguments through.
 * Usage: node scripts/astro.mjs build | dev | preview | check …
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astroBin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
