import { describe, expect, it } from 'vitest';
import { readContentFlags, setContentFlag } from '../../utils/content-flags/flags';
import { FLAG_SCRIPT_FILES, injectionFiles, pageNeedsContentScript } from '../../utils/content-flags/injection';
import { createDefaultSettings } from '../../utils/policy/settings';
import type { Settings } from '../../utils/policy/settings';

const CONTENT = '/content-script.js';

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

describe('injectionFiles', () => {
  it('injects only the content script into an ordinary page', () => {
    expect(injectionFiles(settingsWith({}), 'https://forum.example.vn/')).toEqual([CONTENT]);
  });

  it('runs the flags that apply to the tab first', () => {
    const settings = settingsWith({ reportButtonVisible: false, allowList: ['truong.edu.vn'] });
    expect(injectionFiles(settings, 'https://lop5.truong.edu.vn/bai-tap')).toEqual([
      `/${FLAG_SCRIPT_FILES.overlayHidden}`,
      `/${FLAG_SCRIPT_FILES.pageCheckOff}`,
      CONTENT,
    ]);
    expect(injectionFiles(settingsWith({ ageGroup: 'off' }), 'https://forum.example.vn/')).toEqual([`/${FLAG_SCRIPT_FILES.pageCheckOff}`, CONTENT]);
  });
});

describe('pageNeedsContentScript', () => {
  it('skips pages with both off', () => {
    const hidden = settingsWith({ reportButtonVisible: false, allowList: ['truong.edu.vn'] });
    expect(pageNeedsContentScript(hidden, 'https://lop5.truong.edu.vn/bai-tap')).toBe(false);
    expect(pageNeedsContentScript(hidden, 'https://forum.example.vn/')).toBe(true);
    expect(pageNeedsContentScript(settingsWith({ reportButtonVisible: false, ageGroup: 'off' }), 'https://forum.example.vn/')).toBe(false);
    expect(pageNeedsContentScript(settingsWith({ ageGroup: 'off' }), 'https://forum.example.vn/')).toBe(true);
    expect(pageNeedsContentScript(settingsWith({ allowList: ['truong.edu.vn'] }), 'https://lop5.truong.edu.vn/bai-tap')).toBe(true);
  });
});
