import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, LIMITS, type Settings } from '@/utils/core/settings/settings';
import { removedBlocksItem, saveSettings, type RemovedBlocks } from '@/utils/platform/storage';
import { useSettings } from '../shared/useSettings';
import { errorMessage } from '@/utils/core/errors';

type Patch = Partial<Settings>;

function Range(props: {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number; step: number };
  unit: string;
  onChange: (v: number) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="range"
        min={props.limits.min}
        max={props.limits.max}
        step={props.limits.step}
        value={props.value}
        aria-valuetext={`${props.value}${props.unit}`}
        onInput={(e) => props.onChange(Number((e.target as HTMLInputElement).value))}
      />
      <output for={props.id}>
        {props.value}
        {props.unit}
      </output>
    </div>
  );
}

function Choice<T extends string | number>(props: {
  legend: string;
  name: string;
  value: T;
  options: Array<[T, string]>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.options.map(([v, label]) => (
        <label key={String(v)} class="choice">
          <input type="radio" name={props.name} value={String(v)} checked={props.value === v} onChange={() => props.onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function Check(props: { label: string; checked: boolean; onChange: (v: boolean) => void; testId?: string }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

/** Sites where the reader removed blocks, with a way to forget them. */
function RemovedBlocksList() {
  const [all, setAll] = useState<RemovedBlocks>({});
  useEffect(() => {
    removedBlocksItem.getValue().then(setAll);
    return removedBlocksItem.watch((v) => setAll(v ?? {}));
  }, []);
  const sites = Object.entries(all).filter(([, list]) => list.length);
  if (!sites.length) return <p class="muted">You have not removed any blocks yet.</p>;
  return (
    <ul>
      {sites.map(([site, list]) => (
        <li key={site}>
          {site}: {list.length} block{list.length > 1 ? 's' : ''}{' '}
          <button
            type="button"
            onClick={async () => {
              const next = { ...all };
              delete next[site];
              await removedBlocksItem.setValue(next);
            }}
          >
            Forget for {site}
          </button>
        </li>
      ))}
    </ul>
  );
}

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
  const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');

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
        <h2 id="keys">Keyboard shortcuts</h2>
        <p>
          Alt+Shift+V opens the clean view; Alt+Shift+S saves the article to your reading list. Change them in{' '}
          {isFirefox ? 'Add-ons › ⚙ › Manage Extension Shortcuts' : 'chrome://extensions/shortcuts'}.
        </p>
      </section>

      <p>
        <button type="button" onClick={() => update(DEFAULT_SETTINGS)}>
          Reset to defaults
        </button>{' '}
        <a class="button" href={browser.runtime.getURL('/list.html')}>
          Open the reading list
        </a>
      </p>
    </main>
  );
}
