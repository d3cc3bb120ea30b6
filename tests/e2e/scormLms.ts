/**
 * The SCORM packages of `npm run build:scorm` for the end-to-end tests: read from their zips,
 * unpacked into a sub-folder of a stand-in LMS (tests/fixtures/scorm/lms/ with scorm-again's
 * SCORM 1.2 run-time) and served over HTTP on a free port.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import sirv from 'sirv';
import type { ManifestOutline } from '../../src/lib/scorm/manifest';

const here = (path: string) => new URL(path, import.meta.url).pathname;
export const scormDir = process.env.SCORM_OUT_DIR ?? here('../../dist-scorm/');
export const zipPath = (locale: string) => join(scormDir, `key-account-course-scorm12-${locale}.zip`);

/** The files of a package by path (folders left out). */
export function readPackage(locale: string): Map<string, Uint8Array> {
  if (!existsSync(zipPath(locale)))
    throw new Error(`${zipPath(locale)} is missing: run npm run build:scorm first`);
  const entries = unzipSync(readFileSync(zipPath(locale)));
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

export interface Lms {
  /** `http://127.0.0.1:<port>/lms/`; packages are under `packages/<locale>/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveLms(locales: readonly string[]): Promise<Lms> {
  const root = mkdtempSync(join(tmpdir(), 'kas-lms-'));
  cpSync(here('../fixtures/scorm/lms/'), join(root, 'lms'), { recursive: true });
  copyFileSync(here('../../node_modules/scorm-again/dist/scorm12.min.js'), join(root, 'lms/scorm12.min.js'));
  for (const locale of locales) {
    for (const [name, bytes] of readPackage(locale)) {
      const target = join(root, 'lms/packages', locale, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  // A plain file server: no folder index, so every link in the package must name its file.
  const files = sirv(root, { dev: true });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/lms/`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        }),
      ),
  };
}

/**
 * Reads a manifest with the browser's XML parser into the outline lib/scorm/manifest.ts checks.
 * Runs inside the page, so it uses nothing from outside its own body.
 */
export function outlineManifest({
  xml,
  imscp,
  adlcp,
}: {
  xml: string;
  imscp: string;
  adlcp: string;
}): ManifestOutline {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = (parent: Element | Document, name: string) => [...parent.getElementsByTagNameNS(imscp, name)];
  const child = (parent: Element, name: string) =>
    [...parent.children].find((c) => c.namespaceURI === imscp && c.localName === name) ?? null;
  const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? null;
  const root = doc.documentElement;
  const metadata = child(root, 'metadata');
  const organizations = child(root, 'organizations');
  return {
    wellFormed: doc.getElementsByTagName('parsererror').length === 0,
    rootName: root.localName,
    rootNamespace: root.namespaceURI,
    identifier: root.getAttribute('identifier'),
    schema: metadata ? text(child(metadata, 'schema')) : null,
    schemaVersion: metadata ? text(child(metadata, 'schemaversion')) : null,
    defaultOrganization: organizations?.getAttribute('default') ?? null,
    organizations: organizations
      ? all(organizations, 'organization').map((org) => ({
          identifier: org.getAttribute('identifier'),
          title: text(child(org, 'title')),
          items: all(org, 'item').map((item) => ({
            identifier: item.getAttribute('identifier'),
            identifierref: item.getAttribute('identifierref'),
            title: text(child(item, 'title')),
          })),
        }))
      : [],
    resources: all(doc, 'resource').map((resource) => ({
      identifier: resource.getAttribute('identifier'),
      type: resource.getAttribute('type'),
      scormType: resource.getAttributeNS(adlcp, 'scormtype'),
      href: resource.getAttribute('href'),
      files: all(resource, 'file').map((file) => file.getAttribute('href') ?? ''),
    })),
  };
}

/** Every URL a built file refers to: attributes, island props and CSS url(). */
export function urlsIn(text: string): string[] {
  return [
    ...[...text.matchAll(/\s(?:href|src|component-url|renderer-url|data-root|data-home)="([^"]*)"/g)].map(
      (m) => m[1] ?? '',
    ),
    ...[...text.matchAll(/&quot;(?:href|[a-zA-Z]+Href)&quot;:\[0,&quot;(.*?)&quot;\]/g)].map(
      (m) => m[1] ?? '',
    ),
    ...[...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1] ?? ''),
  ];
}
