/**
 * The package's `imsmanifest.xml` (SCORM 1.2, IMS Content Packaging 1.1.2): one organisation with
 * one item, one SCO resource that launches the course and lists every file of the package. And
 * the rules a manifest must keep, checked on an outline of the parsed XML so any XML parser can
 * feed them (the end-to-end test uses the browser's).
 */

export const IMSCP_NS = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

export interface ManifestModel {
  /** Prefix of the identifiers, e.g. `key-account-course-zh`; an XML NCName. */
  identifier: string;
  title: string;
  /** Path of the launch page inside the package. */
  launch: string;
  /** Every file in the package except the manifest, as paths with `/`. */
  files: readonly string[];
  /** Percent the LMS may use to judge passed / failed from the reported score. */
  masteryScore?: number;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/** A package path as a URI reference: each segment percent-encoded. */
export const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function renderManifest(model: ManifestModel): string {
  const id = escapeXml(model.identifier);
  const title = escapeXml(model.title);
  const mastery =
    model.masteryScore === undefined
      ? ''
      : `\n        <adlcp:masteryscore>${model.masteryScore}</adlcp:masteryscore>`;
  const files = [...model.files]
    .sort()
    .map((file) => `\n      <file href="${escapeXml(hrefOf(file))}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0" xmlns="${IMSCP_NS}" xmlns:adlcp="${ADLCP_NS}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(hrefOf(model.launch))}">${files}
    </resource>
  </resources>
</manifest>
`;
}

/** What a parser reads from a manifest: the parts the rules look at. */
export interface ManifestOutline {
  wellFormed: boolean;
  rootName: string;
  rootNamespace: string | null;
  identifier: string | null;
  schema: string | null;
  schemaVersion: string | null;
  defaultOrganization: string | null;
  organizations: {
    identifier: string | null;
    title: string | null;
    items: { identifier: string | null; identifierref: string | null; title: string | null }[];
  }[];
  resources: {
    identifier: string | null;
    type: string | null;
    scormType: string | null;
    href: string | null;
    files: string[];
  }[];
}

const NCNAME = /^[A-Za-z_][\w.-]*$/;

function resolvesTo(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('\\')) return undefined;
  const path = href.split(/[?#]/)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const parts: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '..') {
      if (!parts.pop()) return undefined; // climbs out of the package
    } else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Problems of a SCORM 1.2 manifest against the files of its package (paths with `/`, without
 * imsmanifest.xml); empty when it keeps every rule.
 */
export function manifestProblems(outline: ManifestOutline, packageFiles: readonly string[]): string[] {
  const problems: string[] = [];
  const files = new Set(packageFiles);
  if (!outline.wellFormed) return ['the manifest is not well-formed XML'];
  if (outline.rootName !== 'manifest' || outline.rootNamespace !== IMSCP_NS)
    problems.push(`the root element is not an IMS CP 1.1.2 <manifest>`);
  if (!outline.identifier || !NCNAME.test(outline.identifier))
    problems.push('the manifest needs an identifier that is an XML name');
  if (outline.schema !== 'ADL SCORM') problems.push('metadata/schema must be "ADL SCORM"');
  if (outline.schemaVersion !== '1.2') problems.push('metadata/schemaversion must be "1.2"');

  const identifiers = [
    outline.identifier,
    ...outline.organizations.flatMap((o) => [o.identifier, ...o.items.map((i) => i.identifier)]),
    ...outline.resources.map((r) => r.identifier),
  ].filter((id): id is string => Boolean(id));
  if (new Set(identifiers).size !== identifiers.length) problems.push('identifiers are not unique');

  const organization = outline.organizations.find((o) => o.identifier === outline.defaultOrganization);
  if (!organization) problems.push('organizations/@default names no organization');
  for (const org of outline.organizations) {
    if (!org.identifier) problems.push('an organization has no identifier');
    if (!org.title?.trim()) problems.push(`organization ${org.identifier} has no title`);
    if (org.items.length === 0) problems.push(`organization ${org.identifier} has no item`);
    for (const item of org.items) {
      if (!item.identifier) problems.push('an item has no identifier');
      if (!item.title?.trim()) problems.push(`item ${item.identifier} has no title`);
      if (!outline.resources.some((r) => r.identifier === item.identifierref))
        problems.push(`item ${item.identifier} refers to no resource`);
    }
  }

  const listed = new Set<string>();
  for (const resource of outline.resources) {
    const name = resource.identifier ?? '(no identifier)';
    if (!resource.identifier || !NCNAME.test(resource.identifier))
      problems.push(`resource ${name} needs an identifier that is an XML name`);
    if (resource.type !== 'webcontent') problems.push(`resource ${name} must be of type webcontent`);
    if (resource.scormType !== 'sco' && resource.scormType !== 'asset')
      problems.push(`resource ${name} needs adlcp:scormtype sco or asset`);
    for (const href of [resource.href, ...resource.files]) {
      if (href === null) continue;
      const path = resolvesTo(href);
      if (path === undefined) problems.push(`resource ${name} refers outside the package: ${href}`);
      else if (!files.has(path)) problems.push(`resource ${name} refers to a missing file: ${href}`);
    }
    if (resource.scormType === 'sco' && !resource.href) problems.push(`SCO ${name} has no launch href`);
    for (const file of resource.files) {
      const path = resolvesTo(file);
      if (path) listed.add(path);
    }
  }
  if (!outline.resources.some((r) => r.scormType === 'sco')) problems.push('the package has no SCO');
  const unlisted = packageFiles.filter((file) => !listed.has(file));
  if (unlisted.length) problems.push(`files not listed in any resource: ${unlisted.slice(0, 5).join(', ')}`);
  return problems;
}
