#!/usr/bin/env node
/**
 * Serves dist/ over HTTP for the browser tests, the way a static host would: files as they are,
 * directories through their index.html, 404.html for anything else. Used instead of
 * `astro preview` because Astro allows only one preview per project, and a learner's `npm start`
 * may already be running. Usage: node scripts/serve-dist.mjs [port] [host]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4329);
const host = process.argv[3] ?? '127.0.0.1';
const root = new URL('../dist/', import.meta.url).pathname;
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
const notFound = readFileSync(new URL('404.html', `file://${root}`));

createServer((request, response) =>
  files(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFound);
  }),
).listen(port, host, () => console.log(`Serving dist/ at http://${host}:${port}/`));
