import { createPolicyHost } from '../support/policy-browser';
import type { PolicyHost } from '../support/policy-browser';
import { test as base } from './fixtures';

/**
 * The shared fixtures plus `policy`, a real Chromium policy file for the extension. The file is
 * removed in the fixture's teardown, which also runs when the test fails.
 */
export const test = base.extend<{ policy: PolicyHost }>({
  policy: async ({}, use, testInfo) => {
    const host = createPolicyHost();
    testInfo.annotations.push({ type: 'policy isolation', description: host.isolation });
    console.log(`[policy test] policy file isolation: ${host.isolation}`);
    try {
      await use(host);
    } finally {
      host.dispose();
    }
  },
});
export { expect } from './fixtures';
