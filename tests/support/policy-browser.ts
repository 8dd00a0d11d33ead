import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_ID } from '../../utils/extension-identity';
import { CHROMIUM_PATH, EXTENSION_DIR, LOOPBACK_ONLY_ARGS, loadExtensionArgs } from './chromium';
import type { ExtensionBrowser } from './chromium';

/** The directory from which Debian's Chromium reads managed (mandatory) policy files. */
export const SYSTEM_POLICY_DIR = '/etc/chromium/policies/managed';
const NAMESPACE_WRAPPER = resolve('tests/support/chromium-in-policy-namespace.sh');

/**
 * `mount-namespace`: the policy directory is mounted over SYSTEM_POLICY_DIR inside a private
 * mount namespace, so only the browser started here reads it. `system-directory`: the file is
 * written to SYSTEM_POLICY_DIR itself, where every Chromium on the machine reads it until
 * dispose() removes it; used only when unshare or mount is not available.
 */
export type PolicyIsolation = 'mount-namespace' | 'system-directory';

export interface PolicyHost {
  isolation: PolicyIsolation;
  /** Writes the extension's policy keys, replacing the previous ones. */
  write(keys: Record<string, unknown>): void;
  /** Starts Chromium with the built extension; it reads the policy written so far. */
  launch(userDataDir?: string): Promise<ExtensionBrowser>;
  /** Removes the policy file and the temporary directories. Safe to call twice. */
  dispose(): void;
}

/** Returns true when this process may create a mount namespace with a bind mount in it. */
function canUseMountNamespace(policyDir: string): boolean {
  try {
    mkdirSync(SYSTEM_POLICY_DIR, { recursive: true });
  } catch {
    return false;
  }
  const probe = spawnSync('unshare', ['--mount', '--propagation', 'private', 'mount', '--bind', policyDir, SYSTEM_POLICY_DIR], {
    stdio: 'ignore',
  });
  return probe.status === 0;
}

/** Wraps extension keys in Chromium's policy file layout for one extension. */
export function extensionPolicyFile(keys: Record<string, unknown>): string {
  return JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: keys } } }, null, 2);
}

/**
 * Prepares a real Chromium policy file for the extension. Call dispose() in a `finally` (or a
 * fixture's teardown), so the file is removed also when the test fails.
 */
export function createPolicyHost(): PolicyHost {
  const workDir = mkdtempSync(join(tmpdir(), 'khien-xanh-policy-'));
  const policyDir = join(workDir, 'managed');
  mkdirSync(policyDir);
  const isolation: PolicyIsolation = canUseMountNamespace(policyDir) ? 'mount-namespace' : 'system-directory';
  const policyFile =
    isolation === 'mount-namespace' ? join(policyDir, 'khien-xanh.json') : join(SYSTEM_POLICY_DIR, `khien-xanh-e2e-${process.pid}.json`);

  return {
    isolation,
    write: (keys) => writeFileSync(policyFile, extensionPolicyFile(keys)),
    launch: async (userDataDir) => {
      const profile = userDataDir ?? mkdtempSync(join(workDir, 'profile-'));
      return launchWithPolicy(isolation, policyDir, profile);
    },
    dispose: () => {
      rmSync(policyFile, { force: true });
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

async function launchWithPolicy(isolation: PolicyIsolation, policyDir: string, userDataDir: string): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (with BLOCKLISTS_DIR set)`);
  }
  const namespaced = isolation === 'mount-namespace';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: namespaced ? NAMESPACE_WRAPPER : CHROMIUM_PATH,
    env: namespaced ? { ...process.env, POLICY_DIR: policyDir, REAL_CHROMIUM: CHROMIUM_PATH } : process.env,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [...LOOPBACK_ONLY_ARGS, ...loadExtensionArgs(EXTENSION_DIR)],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    userDataDir,
    close: () => context.close(),
  };
}
