import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, LIMITS, type Settings } from '@/utils/core/settings/settings';
import { errorMessage } from '@/utils/core/errors';
import { extensionUrl, isFirefox } from '@/utils/platform/runtime';
import { saveSettings } from '@/utils/platform/storage';
import { useSettings } from '../common/useSettings';
import { Check, Choice, Range } from './fields';
import { RemovedBlocksList } from './RemovedBlocksList';

type Patch = Partial<Settings>;

/** The options page: every change is saved at once and applies live to open views. */
export function OptionsApp() {
  const { settings, loaded } = useSettings();
  const [status, setStatus] = useState('');
  if (!loaded) return <p class="muted">Loading options…</p>;

  const update = async (patch: Patch) => {
    try {
      await saveSettings({ ...settings, ...patch });
      setStatus('Saved');
    } catch (err) {
      setStatus(`Could not save: ${errorMessage(err)}`);
    }
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
