import { parseArgs } from 'node:util';
import { z } from 'zod/mini';
import { endpointSchema } from '../../utils/policy/endpoint';

/** Options of `npm run pack`, checked. */
export interface PackOptions {
  /** PEM private key to sign with; when absent, a new key is created. */
  keyPath: string | undefined;
  /** HTTPS folder URL, ending in "/", where the .crx and updates.xml will be served. */
  baseUrl: string | undefined;
  /** The unpacked build to pack. */
  extensionDir: string;
}

export const PACK_USAGE = [
  'Usage: npm run pack -- [--key path/to/key.pem] [--base-url https://host/folder/] [--extension-dir .output/chrome-mv3]',
  '  --key            PEM private key to sign with. Without it, a new key is created; keep it to sign every later version.',
  '  --base-url       HTTPS folder where the .crx file and updates.xml will be served. Sets the update URL of the package.',
  '  --extension-dir  Unpacked build to pack (default: .output/chrome-mv3).',
].join('\n');

const optionsSchema = z.object({
  key: z.optional(z.string().check(z.minLength(1, 'The --key option needs a file path.'))),
  'base-url': z.optional(endpointSchema),
  'extension-dir': z._default(z.string().check(z.minLength(1, 'The --extension-dir option needs a folder path.')), '.output/chrome-mv3'),
});

/** Parses the command-line arguments after `npm run pack --`; throws with the usage text when they are invalid. */
export function parsePackOptions(args: readonly string[]): PackOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      key: { type: 'string' },
      'base-url': { type: 'string' },
      'extension-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const result = optionsSchema.safeParse(values);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${problems}\n${PACK_USAGE}`);
  }
  const baseUrl = result.data['base-url'];
  return {
    keyPath: result.data.key,
    baseUrl: baseUrl === undefined || baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    extensionDir: result.data['extension-dir'],
  };
}
