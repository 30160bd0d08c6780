/**
 * Coalesced writes: many changes in a row (a slider dragged, an arrow key held
 * down) become a few writes of the latest value. storage.sync allows 120 writes
 * a minute and 1,800 an hour; one per movement ran out within seconds.
 */
export interface CoalesceOptions {
  /** Wait this long after the last change (a drag is still going on); a first change after a quiet spell is written at once. */
  delayMs: number;
  /** But never hold a change longer than this (live views follow a long drag). */
  maxWaitMs: number;
  /** And leave at least this long between writes. */
  minGapMs: number;
  now?: () => number;
}

export interface Coalescer<T> {
  /** Queue `value` (it replaces any value not yet written); settles when it, or a later value, is written, or that write fails. */
  push(value: T): Promise<void>;
  /** Write what is queued now (the page is going away). */
  flush(): Promise<void>;
  /** Whether a value is queued or being written. */
  busy(): boolean;
}

interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
}

export function coalesce<T>(write: (value: T) => Promise<void>, opts: CoalesceOptions): Coalescer<T> {
  const now = opts.now ?? (() => Date.now());
  let queued: { value: T; since: number; waiters: Waiter[] } | null = null;
  let writing: Promise<void> | null = null;
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  // Whether the value queued now is the first change after a quiet spell: that one is written at once.
  let leading = false;

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!queued || writing) return;
    const t = now();
    const wait = leading ? 0 : opts.delayMs;
    const due = Math.max(Math.min(t + wait, queued.since + opts.maxWaitMs), lastWrite + opts.minGapMs);
    timer = setTimeout(() => void run(), Math.max(0, due - t));
  };

  const run = async (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (writing) return writing;
    if (!queued) return;
    const { value, waiters } = queued;
    queued = null;
    lastWrite = now();
    const written = write(value);
    writing = written.then(
      () => undefined,
      () => undefined,
    );
    let failure: { err: unknown } | null = null;
    try {
      await written;
    } catch (err) {
      failure = { err };
    }
    // Settled before the waiters hear of it, so they see busy() as it now is.
    writing = null;
    schedule();
    for (const w of waiters) {
      if (failure) w.reject(failure.err);
      else w.resolve();
    }
  };

  return {
    push(value) {
      return new Promise<void>((resolve, reject) => {
        const t = now();
        if (!queued) leading = !writing && t - lastWrite >= opts.minGapMs;
        else leading = false;
        const waiters = queued?.waiters ?? [];
        waiters.push({ resolve, reject });
        queued = { value, since: queued?.since ?? t, waiters };
        schedule();
      });
    },
    async flush() {
      if (writing) await writing;
      await run();
    },
    busy: () => queued !== null || writing !== null,
  };
}
