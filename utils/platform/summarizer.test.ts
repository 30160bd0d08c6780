import { afterEach, describe, expect, it, vi } from 'vitest';
import { AiSummaryError, aiKeyPoints, aiSummarizerAvailability, parseKeyPoints } from './summarizer';

type Listener = (e: { loaded: number }) => void;

/** A stand-in that follows the Summarizer API's shape. */
function fakeApi(opts: { availability?: string; output?: string; progress?: number[]; createError?: Error } = {}) {
  const calls = { availability: [] as unknown[], create: [] as Record<string, unknown>[], summarize: [] as string[], destroyed: 0 };
  const api = {
    async availability(o: unknown) {
      calls.availability.push(o);
      return opts.availability ?? 'available';
    },
    async create(o: Record<string, unknown> & { monitor?: (m: { addEventListener(t: string, l: Listener): void }) => void }) {
      calls.create.push(o);
      const listeners: Listener[] = [];
      o.monitor?.({ addEventListener: (_t, l) => listeners.push(l) });
      for (const loaded of opts.progress ?? []) for (const l of listeners) l({ loaded });
      if (opts.createError) throw opts.createError;
      return {
        async summarize(text: string, so?: { signal?: AbortSignal }) {
          calls.summarize.push(text);
          so?.signal?.throwIfAborted();
          return opts.output ?? '* First point.\n* Second **point**.\n* Third point.\n* Fourth point.';
        },
        destroy() {
          calls.destroyed++;
        },
      };
    },
  };
  return { api, calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('aiSummarizerAvailability', () => {
  it('is unavailable, without throwing, when there is no Summarizer global', async () => {
    expect('Summarizer' in globalThis).toBe(false);
    await expect(aiSummarizerAvailability()).resolves.toBe('unavailable');
  });

  it('reads the global Summarizer when no api is passed', async () => {
    const { api } = fakeApi({ availability: 'downloadable' });
    vi.stubGlobal('Summarizer', api);
    await expect(aiSummarizerAvailability()).resolves.toBe('downloadable');
  });

  it('maps errors and unknown answers to unavailable', async () => {
    const throwing = {
      availability: async () => {
        throw new Error('boom');
      },
      create: async () => ({}),
    };
    await expect(aiSummarizerAvailability(throwing)).resolves.toBe('unavailable');
    await expect(aiSummarizerAvailability(fakeApi({ availability: 'no' }).api)).resolves.toBe('unavailable');
  });
});

describe('aiKeyPoints', () => {
  it('asks for key points of the chosen length with the same options for availability and create', async () => {
    const { api, calls } = fakeApi();
    const points = await aiKeyPoints('Article text.', { length: 3, api });
    expect(points).toEqual(['First point.', 'Second point.', 'Third point.']);
    expect(calls.availability[0]).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short' });
    expect(calls.create[0]).toMatchObject(calls.availability[0] as object);
    expect(calls.summarize).toEqual(['Article text.']);
    expect(calls.destroyed).toBe(1);
  });

  it('maps 5 and 7 to medium and long', async () => {
    const { api, calls } = fakeApi();
    await aiKeyPoints('x', { length: 5, api });
    await aiKeyPoints('x', { length: 7, api });
    expect(calls.create.map((c) => c.length)).toEqual(['medium', 'long']);
  });

  it('reports model download progress as a fraction', async () => {
    const { api } = fakeApi({ availability: 'downloadable', progress: [0, 0.5, 1] });
    const seen: number[] = [];
    await aiKeyPoints('x', { length: 3, api, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0, 0.5, 1]);
  });

  it('throws a typed unavailable error so the caller can fall back', async () => {
    await expect(aiKeyPoints('x', { length: 3 })).rejects.toMatchObject({ name: 'AiSummaryError', reason: 'unavailable' });
    const { api, calls } = fakeApi({ availability: 'unavailable' });
    await expect(aiKeyPoints('x', { length: 3, api })).rejects.toBeInstanceOf(AiSummaryError);
    expect(calls.create).toHaveLength(0);
  });

  it('wraps create failures (no user activation) and aborts', async () => {
    const denied = Object.assign(new Error('Requires user activation'), { name: 'NotAllowedError' });
    await expect(aiKeyPoints('x', { length: 3, api: fakeApi({ createError: denied }).api })).rejects.toMatchObject({ reason: 'failed' });
    const controller = new AbortController();
    controller.abort();
    await expect(aiKeyPoints('x', { length: 3, api: fakeApi().api, signal: controller.signal })).rejects.toMatchObject({
      reason: 'aborted',
    });
  });
});

describe('parseKeyPoints', () => {
  it('strips bullets, numbering and bold, and drops empty lines', () => {
    expect(parseKeyPoints('1. One\n\n2) Two\n- Three\n• Four', 7)).toEqual(['One', 'Two', 'Three', 'Four']);
  });
});
