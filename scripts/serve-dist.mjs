#!/usr/bin/env node
/**
 * Serves dist/ over HTTP for the browser tests, the way a static host would: files as they are,
 * directories through their index.html, 404.html for anything else. Used instead of
 * `astro preview` because Astro allows only one preview per project, and a learner's `npm start`
 * may already be running. Usage: node scripts/serve-dist.mjs [port] [host]
 * DIST_DIR (default dist/) and BASE_PATH (default /) serve a build made for a sub-path at that
 * sub-path, as its host would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4329);
const host = process.argv[3] ?? '127.0.0.1';
const root = process.env.DIST_DIR ?? new URL('../dist/', import.meta.url).pathname;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
const notFound = readFileSync(join(root, '404.html'));

createServer((request, response) => {
  const missing = () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFound);
  };
  if (!request.url?.startsWith(base)) return missing();
  request.url = `/${request.url.slice(base.length)}`;
  return files(request, response, missing);
}).listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}${base}`));
