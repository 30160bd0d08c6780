// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from './OptionsApp';

async function until<T>(fn: () => T | null | undefined | false, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsApp />, root));
  await until(() => root.querySelector('#font-size'));
  return root;
}

const status = (root: Element) => root.querySelector('[data-testid="options-status"]')!.textContent ?? '';
const stored = async () => ((await fakeBrowser.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  // jsdom has no matchMedia; the options page asks it for "same as the system".
  const quiet = () => undefined;
  window.matchMedia ??= (() => ({ matches: false, addEventListener: quiet, removeEventListener: quiet })) as unknown as typeof matchMedia;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
});

describe('options page', () => {
  it('a slider moved 140 times is written a few times, ends at its last value, and says Saved', async () => {
    const root = await mount();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const slider = root.querySelector<HTMLInputElement>('#font-size')!;
    for (let i = 0; i < 140; i++) {
      await act(() => {
        slider.value = String(12 + (i % 21));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    const last = 12 + (139 % 21);
    // The page shows the choice at once.
    expect(root.querySelector('output[for="font-size"]')!.textContent).toBe(`${last} px`);
    await until(() => status(root) === 'Saved');
    expect((await stored()).fontSize).toBe(last);
    expect(set.mock.calls.length).toBeLessThanOrEqual(3);
    expect(slider.value).toBe(String(last));
  });

  it('a refused write says why in words, and the page goes back to what is stored', async () => {
    const root = await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    const dark = [...root.querySelectorAll<HTMLInputElement>('input[name="theme"]')].find((r) => r.value === 'dark')!;
    await act(() => dark.click());
    expect(dark.checked).toBe(true);
    await until(() => status(root).startsWith('Your change was not saved'));
    expect(status(root)).toMatch(/allows only so many changes .* a minute.*The options below show what is saved\.$/);
    expect(status(root)).not.toContain('MAX_WRITE');
    await until(() => !dark.checked);
    const system = [...root.querySelectorAll<HTMLInputElement>('input[name="theme"]')].find((r) => r.value === 'system')!;
    expect(system.checked).toBe(true);
    expect((await stored()).theme).toBeUndefined();
  });
});
