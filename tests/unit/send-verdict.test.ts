import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendVerdict, VERDICT_ATTEMPTS, VERDICT_RETRY_MS } from '../../utils/page-check/send-verdict';

const VERDICT = { category: 'gambling', score: 9 } as const;

describe('sendVerdict', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('sends once when the background replies', async () => {
    const sent: unknown[] = [];
    const delivered = await sendVerdict(VERDICT, async (message) => {
      sent.push(message);
      return { blocked: true };
    });
    expect(delivered).toBe(true);
    expect(sent).toEqual([{ type: 'pageCheckVerdict', data: VERDICT }]);
  });

  it('retries a rejected send after a pause', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const result = sendVerdict(VERDICT, async () => {
      calls += 1;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { blocked: true };
    });
    await vi.advanceTimersByTimeAsync(VERDICT_RETRY_MS - 1);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBe(true);
    expect(calls).toBe(2);
  });

  it('gives up and warns after the last attempt', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    const result = sendVerdict(VERDICT, async () => {
      calls += 1;
      throw new Error('Receiving end does not exist.');
    });
    await vi.advanceTimersByTimeAsync(VERDICT_RETRY_MS * VERDICT_ATTEMPTS);
    expect(await result).toBe(false);
    expect(calls).toBe(VERDICT_ATTEMPTS);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toContain('not delivered after 3 attempts');
  });
});
