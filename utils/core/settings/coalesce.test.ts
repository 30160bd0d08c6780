import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from './coalesce';

const OPTS = { delayMs: 250, maxWaitMs: 1500, minGapMs: 600 };

describe('coalesced writes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a drag of 140 steps writes its last value, in a few writes, never two within 600 ms', async () => {
    const writes: { at: number; value: number }[] = [];
    const c = coalesce<number>(
      async (value) => {
        writes.push({ at: Date.now(), value });
      },
      { ...OPTS, now: () => Date.now() },
    );
    const settled: Promise<void>[] = [];
    for (let v = 0; v < 140; v++) {
      settled.push(c.push(v));
      await vi.advanceTimersByTimeAsync(16); // one movement per frame
    }
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all(settled);
    expect(writes.at(-1)!.value).toBe(139);
    expect(writes.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < writes.length; i++) expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(600);
    expect(c.busy()).toBe(false);
  });

  it('one change after a quiet spell is written at once; a second one right after it waits its turn', async () => {
    const write = vi.fn(async () => undefined);
    const c = coalesce<string>(write, OPTS);
    const done = c.push('dark');
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(write).toHaveBeenCalledWith('dark');
    const next = c.push('sepia');
    await vi.advanceTimersByTimeAsync(500);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    await next;
    expect(write).toHaveBeenLastCalledWith('sepia');
  });

  it('a failed write rejects every change it carried, and a later change is written again', async () => {
    let fail = true;
    const write = vi.fn(async () => {
      if (fail) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    });
    const c = coalesce<number>(write, OPTS);
    const a = c.push(1);
    const b = c.push(2);
    const caught = Promise.allSettled([a, b]);
    await vi.advanceTimersByTimeAsync(400);
    expect((await caught).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(write).toHaveBeenCalledTimes(1);
    fail = false;
    const d = c.push(3);
    await vi.advanceTimersByTimeAsync(1500);
    await d;
    expect(write).toHaveBeenLastCalledWith(3);
  });

  it('flush writes at once', async () => {
    const write = vi.fn(async () => undefined);
    const c = coalesce<number>(write, OPTS);
    void c.push(7);
    await c.flush();
    expect(write).toHaveBeenCalledWith(7);
  });
});
