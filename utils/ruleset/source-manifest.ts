import { z } from 'zod/mini';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const LIST_FILE = /^[a-z0-9-]+\/[a-z0-9_.-]+\.txt$/;

/**
 * One pinned upstream list. `sha256` is the hash of the file after normalisation (one host per
 * line, sorted), not of the upstream bytes. `format` is the upstream line format: `hosts`
 * lines start with an address (`0.0.0.0 example.com`), and `domains` lines are bare host names.
 */
export const pinnedListSchema = z.object({
  file: z.string().check(z.regex(LIST_FILE, 'expected "<source>/<name>.txt"')),
  url: z.url({ protocol: /^https?$/ }),
  sha256: z.string().check(z.regex(SHA256_HEX, 'expected 64 lowercase hex digits')),
  licence: z.string().check(z.minLength(1)),
  format: z.enum(['hosts', 'domains']),
});

/** A source's licence file; `url` is null where upstream publishes none as a file. */
export const pinnedLicenceFileSchema = z.object({
  source: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.string().check(z.minLength(1)),
  url: z.nullable(z.url({ protocol: /^https?$/ })),
});

export const sourceManifestSchema = z.object({
  lists: z.array(pinnedListSchema).check(z.minLength(1)),
  licenceFiles: z.array(pinnedLicenceFileSchema),
});

export type PinnedList = z.infer<typeof pinnedListSchema>;
export type PinnedLicenceFile = z.infer<typeof pinnedLicenceFileSchema>;
export type SourceManifest = z.infer<typeof sourceManifestSchema>;

/** Parses the blocklist source manifest, throwing an Error that lists every invalid field. */
export function parseSourceManifest(json: unknown, origin: string): SourceManifest {
  const result = sourceManifestSchema.safeParse(json);
  if (result.success) return result.data;

  throw new Error(`Invalid blocklist source manifest ${origin}:\n${z.prettifyError(result.error)}`, {
    cause: result.error,
  });
}

/** Returns the source folder of a list path: `hagezi` for `hagezi/nsfw.txt`. */
export function sourceOfListFile(file: string): string {
  return file.slice(0, file.indexOf('/'));
}
