import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  ADLCP_NS,
  hrefOf,
  IMSCP_NS,
  manifestProblems,
  renderManifest,
  type ManifestOutline,
} from '@/lib/scorm/manifest';
import {
  inlineScriptsWithMarker,
  PACKAGE_ROOT_MARKER as M,
  relativiseUrls,
  rootPrefix,
} from '@/lib/scorm/packageUrls';

const FILES = ['index.html', 'scorm/zh/index.html', 'zh/index.html', '_astro/a b.js', 'favicon.svg'];
const MODEL = {
  identifier: 'key-account-course-zh',
  title: '大客户销售 <实战> & "课"',
  launch: 'scorm/zh/index.html',
  files: FILES,
  masteryScore: 80,
};

const good: ManifestOutline = {
  wellFormed: true,
  rootName: 'manifest',
  rootNamespace: IMSCP_NS,
  identifier: 'course',
  schema: 'ADL SCORM',
  schemaVersion: '1.2',
  defaultOrganization: 'org',
  organizations: [
    {
      identifier: 'org',
      title: 'Course',
      items: [{ identifier: 'item', identifierref: 'sco', title: 'Course' }],
    },
  ],
  resources: [
    {
      identifier: 'sco',
      type: 'webcontent',
      scormType: 'sco',
      href: 'scorm/zh/index.html',
      files: FILES.map(hrefOf),
    },
  ],
};
const withResource = (change: Partial<ManifestOutline['resources'][number]>): ManifestOutline => ({
  ...good,
  resources: [{ ...good.resources[0]!, ...change }],
});

describe('manifestProblems (the SCORM 1.2 rules the package keeps)', () => {
  it('accepts a complete manifest', () => {
    expect(manifestProblems(good, FILES)).toEqual([]);
  });

  it.each([
    { name: 'not well-formed', outline: { ...good, wellFormed: false }, problem: 'not well-formed' },
    {
      name: 'wrong root namespace',
      outline: { ...good, rootNamespace: 'http://example.com' },
      problem: 'root element',
    },
    {
      name: 'no identifier',
      outline: { ...good, identifier: null },
      problem: 'identifier that is an XML name',
    },
    { name: 'wrong schema', outline: { ...good, schema: 'SCORM' }, problem: 'metadata/schema' },
    {
      name: 'SCORM 2004 schema version',
      outline: { ...good, schemaVersion: '2004 4th Edition' },
      problem: 'schemaversion',
    },
    { name: 'default names nothing', outline: { ...good, defaultOrganization: 'nope' }, problem: '@default' },
    {
      name: 'item without resource',
      outline: {
        ...good,
        organizations: [
          { ...good.organizations[0]!, items: [{ identifier: 'item', identifierref: 'x', title: 'T' }] },
        ],
      },
      problem: 'refers to no resource',
    },
    {
      name: 'item without title',
      outline: {
        ...good,
        organizations: [
          { ...good.organizations[0]!, items: [{ identifier: 'item', identifierref: 'sco', title: ' ' }] },
        ],
      },
      problem: 'has no title',
    },
    { name: 'duplicate identifiers', outline: { ...good, identifier: 'sco' }, problem: 'not unique' },
    { name: 'no scormtype', outline: withResource({ scormType: null }), problem: 'adlcp:scormtype' },
    { name: 'not webcontent', outline: withResource({ type: 'text/html' }), problem: 'webcontent' },
    {
      name: 'missing launch file',
      outline: withResource({ href: 'scorm/en/index.html' }),
      problem: 'missing file: scorm/en/index.html',
    },
    {
      name: 'absolute launch',
      outline: withResource({ href: '/scorm/zh/index.html' }),
      problem: 'outside the package',
    },
    {
      name: 'another host',
      outline: withResource({ files: [...FILES, 'https://cdn.example/x.js'] }),
      problem: 'outside the package',
    },
    {
      name: 'climbs out',
      outline: withResource({ files: [...FILES, 'zh/../../x.html'] }),
      problem: 'outside the package',
    },
    {
      name: 'file not listed',
      outline: withResource({ files: FILES.slice(1) }),
      problem: 'not listed in any resource: index.html',
    },
    { name: 'no SCO at all', outline: withResource({ scormType: 'asset' }), problem: 'no SCO' },
  ])('$name', ({ outline, problem }) => {
    expect(manifestProblems(outline as ManifestOutline, FILES).join('\n')).toContain(problem);
  });
});

describe('renderManifest', () => {
  const xml = renderManifest(MODEL);
  const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
  const resource = doc.getElementsByTagNameNS(IMSCP_NS, 'resource')[0]!;

  it('is well-formed XML in the IMS CP namespace with SCORM 1.2 metadata', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(IMSCP_NS);
    expect(xml).toContain(`xmlns:adlcp="${ADLCP_NS}"`);
    expect(doc.getElementsByTagNameNS(IMSCP_NS, 'schemaversion')[0]?.textContent).toBe('1.2');
  });

  it('escapes the title and keeps it as text', () => {
    const titles = [...doc.getElementsByTagNameNS(IMSCP_NS, 'title')].map((t) => t.textContent);
    expect(titles).toEqual([MODEL.title, MODEL.title]);
  });

  it('launches the SCO and lists every file once, percent-encoded', () => {
    expect(resource.getAttribute('href')).toBe('scorm/zh/index.html');
    expect(resource.getAttribute('adlcp:scormtype')).toBe('sco');
    const hrefs = [...resource.getElementsByTagNameNS(IMSCP_NS, 'file')].map((f) => f.getAttribute('href'));
    expect(hrefs).toHaveLength(FILES.length);
    expect(hrefs).toContain('_astro/a%20b.js');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
  });
});

describe('relativiseUrls', () => {
  it.each([
    { file: 'index.html', prefix: './' },
    { file: 'zh/index.html', prefix: '../' },
    { file: 'zh/learn/m01-key-accounts/01-pareto/index.html', prefix: '../../../../' },
    { file: '_astro/x.css', prefix: '../' },
  ])('$file → $prefix', ({ file, prefix }) => {
    expect(rootPrefix(file)).toBe(prefix);
  });

  it.each([
    {
      name: 'a page link',
      text: `<a href="${M}zh/glossary/">`,
      expected: '<a href="../../zh/glossary/index.html">',
    },
    {
      name: 'a link with an anchor',
      text: `href="${M}zh/glossary/#pareto"`,
      expected: 'href="../../zh/glossary/index.html#pareto"',
    },
    { name: 'the root with a query', text: `href="${M}?choose"`, expected: 'href="../../index.html?choose"' },
    { name: 'a stylesheet', text: `href="${M}_astro/a.css"`, expected: 'href="../../_astro/a.css"' },
    {
      name: 'an island',
      text: `component-url="${M}_astro/Q.js" renderer-url="${M}_astro/c.js"`,
      expected: 'component-url="../../_astro/Q.js" renderer-url="../../_astro/c.js"',
    },
    {
      name: 'island props',
      text: `&quot;href&quot;:[0,&quot;${M}zh/learn/m01/01-p/&quot;]`,
      expected: '&quot;href&quot;:[0,&quot;../../zh/learn/m01/01-p/index.html&quot;]',
    },
    { name: 'a CSS url()', text: `url(${M}favicon.svg)`, expected: 'url(../../favicon.svg)' },
    {
      name: 'an external link',
      text: 'href="https://example.com/zh/"',
      expected: 'href="https://example.com/zh/"',
    },
  ])('$name', ({ text, expected }) => {
    expect(relativiseUrls(text, 'zh/glossary/index.html')).toBe(expected);
  });

  it('leaves no marker in a real built page', () => {
    const page = readFileSync(new URL('../fixtures/scorm/marker-page.html', import.meta.url), 'utf8');
    const out = relativiseUrls(page, 'zh/certificate/index.html');
    expect(page).toContain(M);
    expect(out).not.toContain(M);
    expect(out).not.toMatch(/(?:href|src|component-url|renderer-url)="\//);
  });

  it('finds inline scripts that use the base path (their CSP hashes forbid a rewrite)', () => {
    expect(inlineScriptsWithMarker(`<script>location.href="${M}zh/"</script>`)).toBe(1);
    expect(inlineScriptsWithMarker(`<script type="module" src="${M}_astro/a.js"></script>`)).toBe(0);
  });
});
