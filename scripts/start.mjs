#!/usr/bin/env node
/**
 * `npm start`: builds the site as it will be deployed, then serves dist/ locally and prints the URL.
 * PORT (default 4321) and HOST (default localhost) can be set in the environment.
 */
import { spawnSync } from 'node:child_process';

const node = process.execPath;
spawnSync(node, ['scripts/ensure-node.cjs', '--report'], { stdio: 'inherit' });
const build = spawnSync(node, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT ?? '4321';
const host = process.env.HOST ?? 'localhost';
const base = process.env.BASE_PATH ?? '/';
console.log(
  `\nThe course is at http://${host}:${port}${base} (Chinese: ${base}zh/, English: ${base}en/). Ctrl+C stops it.\n`,
);
const preview = spawnSync(node, ['scripts/astro.mjs', 'preview', '--host', host, '--port', port], {
  stdio: 'inherit',
});
process.exit(preview.status ?? 0);
