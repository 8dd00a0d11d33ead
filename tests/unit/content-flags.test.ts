import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readContentFlags, setContentFlag } from '../../utils/content-flags/flags';
import { FLAG_SCRIPTS, injectionFiles, plannedFlagScripts, syncContentFlagScripts } from '../../utils/content-flags/registration';
import { excludeMatchPatterns, exemptDomains } from '../../utils/page-check/host-exemptions';
import { createDefaultSettings } from '../../utils/policy/settings';
import type { Settings } from '../../utils/policy/settings';

const CONTENT = '/content-scripts/content.js';
const WEB_PAGES = ['http://*/*', 'https://*/*'];

function settingsWith(changes: Partial<Settings>): Settings {
  return { ...createDefaultSettings(), ageGroup: 'primary', ...changes };
}

describe('content flags', () => {
  it('reads the flags set in this world, and none before', () => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('khien-xanh.content-flags')];
    expect(readContentFlags()).toEqual({});
    setContentFlag('overlayHidden');
    setContentFlag('pageCheckOff');
    expect(readContentFlags()).toEqual({ overlayHidden: true, pageCheckOff: true });
  });
});

describe('plannedFlagScripts', () => {
  it('with the default settings, skips the page check only on exempt hosts and leaves the button on', () => {
    const settings = settingsWith({ allowList: ['truong.edu.vn'] });
    const planned = plannedFlagScripts(settings);

    expect(planned).toEqual([
      { id: FLAG_SCRIPTS.pageCheckOff.id, js: [FLAG_SCRIPTS.pageCheckOff.file], matches: excludeMatchPatterns(exemptDomains(settings)), runAt: 'document_start', allFrames: false },
    ]);
    expect(planned[0]!.matches).toContain('*://*.truong.edu.vn/*');
  });

  it('hides the button on every page while it is turned off', () => {
    const planned = plannedFlagScripts(settingsWith({ reportButtonVisible: false }));
    expect(planned.find((script) => script.id === FLAG_SCRIPTS.overlayHidden.id)?.matches).toEqual(WEB_PAGES);
  });

  it('skips the page check on every page while filtering is off', () => {
    const planned = plannedFlagScripts(settingsWith({ ageGroup: 'off' }));
    expect(planned.find((script) => script.id === FLAG_SCRIPTS.pageCheckOff.id)?.matches).toEqual(WEB_PAGES);
  });
});

describe('injectionFiles', () => {
  it('injects only the content script into an ordinary page', () => {
    expect(injectionFiles(settingsWith({}), 'https://forum.example.vn/', CONTENT)).toEqual([CONTENT]);
  });

  it('runs the flags that apply to the tab first', () => {
    const settings = settingsWith({ reportButtonVisible: false, allowList: ['truong.edu.vn'] });
    expect(injectionFiles(settings, 'https://lop5.truong.edu.vn/bai-tap', CONTENT)).toEqual([
      `/${FLAG_SCRIPTS.overlayHidden.file}`,
      `/${FLAG_SCRIPTS.pageCheckOff.file}`,
      CONTENT,
    ]);
    expect(injectionFiles(settingsWith({ ageGroup: 'off' }), 'https://forum.example.vn/', CONTENT)).toEqual([`/${FLAG_SCRIPTS.pageCheckOff.file}`, CONTENT]);
  });
});

describe('syncContentFlagScripts', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  function fakeScripting(registered: { id: string }[]) {
    return {
      get: vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue(registered as never),
      unregister: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined as never),
      update: vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockResolvedValue(undefined as never),
      register: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined as never),
    };
  }

  it('registers what is missing, updates what is there and removes the retired page-check script', async () => {
    const scripting = fakeScripting([{ id: 'page-check' }, { id: FLAG_SCRIPTS.pageCheckOff.id }, { id: 'someone-else' }]);
    await syncContentFlagScripts(settingsWith({ reportButtonVisible: false }));

    expect(scripting.unregister).toHaveBeenCalledWith({ ids: ['page-check'] });
    expect(scripting.update).toHaveBeenCalledWith([expect.objectContaining({ id: FLAG_SCRIPTS.pageCheckOff.id })]);
    expect(scripting.register).toHaveBeenCalledWith([expect.objectContaining({ id: FLAG_SCRIPTS.overlayHidden.id, matches: WEB_PAGES })]);
  });

  it('removes the button flag once the button is back on', async () => {
    const scripting = fakeScripting([{ id: FLAG_SCRIPTS.overlayHidden.id }, { id: FLAG_SCRIPTS.pageCheckOff.id }]);
    await syncContentFlagScripts(settingsWith({ reportButtonVisible: true }));

    expect(scripting.unregister).toHaveBeenCalledWith({ ids: [FLAG_SCRIPTS.overlayHidden.id] });
    expect(scripting.register).not.toHaveBeenCalled();
  });
});
