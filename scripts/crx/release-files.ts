/** File names and URLs of one self-hosted release. */
export interface ReleaseFiles {
  crxName: string;
  storeZipName: string;
  updateManifestName: string;
  /** Set only when a base URL is given. */
  crxUrl?: string;
  updateUrl?: string;
}

/**
 * Names the files of one release. The .crx name contains the version, so a browser or proxy cache
 * with an older package cannot serve it for a newer one. updates.xml keeps one name, because it is
 * the update URL that every installed copy requests.
 */
export function releaseFiles(version: string, baseUrl?: string): ReleaseFiles {
  const crxName = `khien-xanh-${version}.crx`;
  const updateManifestName = 'updates.xml';
  const files: ReleaseFiles = { crxName, storeZipName: `khien-xanh-${version}-store.zip`, updateManifestName };
  if (baseUrl === undefined) return files;
  return { ...files, crxUrl: new URL(crxName, baseUrl).href, updateUrl: new URL(updateManifestName, baseUrl).href };
}

/**
 * Returns the manifest to pack. It has no `key`, because a packed extension's ID comes from the key
 * that signs it. It has `update_url` when the package is self-hosted, because Chrome uses the
 * policy's update URL only for the first install and the manifest's for every later update.
 */
export function packedManifest(manifest: Record<string, unknown>, updateUrl?: string): Record<string, unknown> {
  const { key: _key, update_url: _updateUrl, ...rest } = manifest;
  return updateUrl === undefined ? rest : { ...rest, update_url: updateUrl };
}
