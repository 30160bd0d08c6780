import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, LIMITS, normalizeSettings, settingsWriteMessage, type Settings } from '@/utils/core/settings/settings';
import { errorMessage } from '@/utils/core/errors';
import { extensionUrl, isFirefox } from '@/utils/platform/runtime';
import { loadSettings, settingsWriter } from '@/utils/platform/storage';
import { useSettings } from '../common/useSettings';
import { applySettings } from '../common/apply-settings';
import { Check, Choice, Range } from './fields';
import { RemovedBlocksList } from './RemovedBlocksList';

type Patch = Partial<Settings>;

/**
 * The options page: every change shows at once and is saved within a second
 * (changes in quick succession, like a slider dragged, are written as one:
 * storage.sync allows few writes a minute), then applies live to open views.
 * A failed write says so in words, and the page goes back to what is stored.
 */
export function OptionsApp() {
  const { settings: stored, loaded } = useSettings();
  const [status, setStatus] = useState('');
  // What the reader has chosen and is not written yet; null once the page shows what is stored.
  const [draft, setDraft] = useState<Settings | null>(null);
  const writer = useRef(settingsWriter());
  const latest = useRef<Settings | null>(null);
  useEffect(() => {
    // A change still waiting is written before the page goes.
    const flush = () => void writer.current.flush().catch(() => undefined); // the page is closing: nobody to tell
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);
  // A change stored by another page (or the end of our own writes) shows as it is stored.
  useEffect(() => {
    if (!writer.current.busy()) setDraft(null);
  }, [stored]);
  if (!loaded) return <p class="muted">Loading options…</p>;
  const settings = draft ?? stored;

  const update = (patch: Patch) => {
    const next = normalizeSettings({ ...settings, ...patch });
    latest.current = next;
    setDraft(next);
    // The preview on this page follows at once; open views follow when it is written.
    applySettings(next);
    setStatus('Saving…');
    writer.current.push(next).then(
      () => {
        if (latest.current === next && !writer.current.busy()) setStatus('Saved');
      },
      (err: unknown) => {
        latest.current = null;
        setStatus(`${settingsWriteMessage(errorMessage(err))} The options below show what is saved.`);
        // Back to what is really stored.
        void loadSettings().then((s) => {
          applySettings(s);
          setDraft(null);
        });
      },
    );
  };
  const factTypes = (patch: Partial<Settings['factTypes']>) => update({ factTypes: { ...settings.factTypes, ...patch } });

  return (
    <main class="options">
      <h1>Sift options</h1>
      <p role="status" class="notice" data-testid="options-status">
        {status}
      </p>

      <section aria-labelledby="appearance">
        <h2 id="appearance">Appearance</h2>
        <Choice
          legend="Theme"
          name="theme"
          value={settings.theme}
          options={[
            ['system', 'Same as the system'],
            ['light', 'Light'],
            ['dark', 'Dark'],
            ['sepia', 'Sepia'],
          ]}
          onChange={(theme) => update({ theme })}
        />
        <Choice
          legend="Font"
          name="font"
          value={settings.font}
          options={[
            ['serif', 'Serif'],
            ['sans', 'Sans-serif'],
          ]}
          onChange={(font) => update({ font })}
        />
        <Range
          id="font-size"
          label="Font size"
          value={settings.fontSize}
          limits={LIMITS.fontSize}
          unit=" px"
          onChange={(fontSize) => update({ fontSize })}
        />
        <Range
          id="line-width"
          label="Line width"
          value={settings.lineWidth}
          limits={LIMITS.lineWidth}
          unit=" characters"
          onChange={(lineWidth) => update({ lineWidth })}
        />
        <Range
          id="line-height"
          label="Line spacing"
          value={settings.lineHeight}
          limits={LIMITS.lineHeight}
          unit=""
          onChange={(lineHeight) => update({ lineHeight })}
        />
        <Check
          label="Load images (they come from the article’s site; off means the clean view makes no request at all)"
          checked={settings.loadImages}
          testId="load-images"
          onChange={(loadImages) => update({ loadImages })}
        />
        <div class="preview article-body" aria-label="Preview">
          <p>The quick brown fox jumps over the lazy dog. This is how articles will read in Sift.</p>
        </div>
      </section>

      <section aria-labelledby="summary-opts">
        <h2 id="summary-opts">Summary</h2>
        <Choice
          legend="Summary length"
          name="summary-length"
          value={settings.summaryLength}
          options={[
            [3, '3 sentences'],
            [5, '5 sentences'],
            [7, '7 sentences'],
          ]}
          onChange={(summaryLength) => update({ summaryLength })}
        />
        <Check
          label="Offer “AI key points” from the browser’s on-device model, where it has one (nothing is sent anywhere)"
          checked={settings.summaryMode === 'ai'}
          onChange={(on) => update({ summaryMode: on ? 'ai' : 'extractive' })}
        />
      </section>

      <section aria-labelledby="facts-opts">
        <h2 id="facts-opts">Key facts</h2>
        <fieldset class="field">
          <legend>Show</legend>
          <Check label="Dates" checked={settings.factTypes.date} onChange={(date) => factTypes({ date })} />
          <Check label="Casualties" checked={settings.factTypes.casualties} onChange={(casualties) => factTypes({ casualties })} />
          <Check label="Troop numbers" checked={settings.factTypes.troops} onChange={(troops) => factTypes({ troops })} />
        </fieldset>
        <Check label="Open the key-facts panel by default" checked={settings.factsOpen} onChange={(factsOpen) => update({ factsOpen })} />
      </section>

      <section aria-labelledby="blocks">
        <h2 id="blocks">Removed blocks</h2>
        <RemovedBlocksList />
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">Toolbar button and shortcuts</h2>
        <Choice
          legend="The toolbar button (and Alt+Shift+V) opens"
          name="toolbar"
          value={settings.toolbar}
          options={[
            ['popup', 'The clean view in a popup'],
            ['overlay', 'The clean view over the page, full size (Escape goes back to the page)'],
          ]}
          onChange={(toolbar) => update({ toolbar })}
        />
        <p>
          Alt+Shift+O opens the other one; Alt+Shift+S saves the article to your reading list. Change them in{' '}
          {isFirefox() ? 'Add-ons › ⚙ › Manage Extension Shortcuts' : 'chrome://extensions/shortcuts'}.
        </p>
      </section>

      <p>
        <button type="button" onClick={() => update(DEFAULT_SETTINGS)}>
          Reset to defaults
        </button>{' '}
        <a class="button" href={extensionUrl('/list.html')}>
          Open the reading list
        </a>
      </p>
    </main>
  );
}
