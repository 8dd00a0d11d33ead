/** Entry of one self-hosted release in the update manifest. */
export interface UpdateManifestEntry {
  extensionId: string;
  /** The manifest `version` of the packed extension. */
  version: string;
  /** The HTTPS URL from which browsers download the .crx file. */
  crxUrl: string;
}

const EXTENSION_ID_PATTERN = /^[a-p]{32}$/;

/**
 * Builds the update manifest (the `gupdate` XML, protocol 2.0) that Chrome fetches from the update
 * URL of a self-hosted extension, to learn the latest version and where its .crx file is.
 */
export function buildUpdateManifest(entry: UpdateManifestEntry): string {
  if (!EXTENSION_ID_PATTERN.test(entry.extensionId)) {
    throw new Error(`Invalid extension ID ${JSON.stringify(entry.extensionId)}: expected 32 letters from a to p.`);
  }
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${entry.extensionId}'>`,
    `    <updatecheck codebase='${escapeXmlAttribute(entry.crxUrl)}' version='${escapeXmlAttribute(entry.version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

function escapeXmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll("'", '&apos;')
    .replaceAll('"', '&quot;');
}
