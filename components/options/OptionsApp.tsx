import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, LIMITS, normalizeSettings, settingsWriteMessage, type Settings } from '@/utils/core/settings/settings';
import { errorMessage } from '@/utils/core/errors';
import { extensionUrl, isFirefox } from '@/utils/platform/runtime';
import { loadSettings, settingsWriter } from '@/utils/platform/storage';
import { useSettings } from '../common/useSettings';
import { applySettings } from '../common/apply-settings';
import { Check, Choice, Range } from './fields';
import { RemovedBlocksList } from './RemovedBlocksList';
import { say, t, tn } from '@/utils/platform/i18n';
import { LookFields } from './LookFields';
import { ViewFields } from './ViewFields';

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
  if (!loaded) return <p class="muted">{t('optLoading')}</p>;
  const settings = draft ?? stored;

  const update = (patch: Patch) => {
    const next = normalizeSettings({ ...settings, ...patch });
    latest.current = next;
    setDraft(next);
    // The preview on this page follows at once; open views follow when it is written.
    applySettings(next);
    setStatus(t('saving'));
    writer.current.push(next).then(
      () => {
        if (latest.current === next && !writer.current.busy()) setStatus(t('optSaved'));
      },
      (err: unknown) => {
        latest.current = null;
        setStatus(`${say(settingsWriteMessage(errorMessage(err)))} ${t('optShowsSaved')}`);
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
      <h1>{t('optTitle')}</h1>
      <p role="status" class="notice" data-testid="options-status">
        {status}
      </p>

      <section aria-labelledby="appearance">
        <h2 id="appearance">{t('optAppearance')}</h2>
        <Choice
          legend={t('theme')}
          name="theme"
          value={settings.theme}
          options={[
            ['system', t('themeSystem')],
            ['light', t('themeLight')],
            ['dark', t('themeDark')],
            ['sepia', t('themeSepia')],
            ['grey', t('themeGrey')],
            ['contrast', t('themeContrast')],
          ]}
          onChange={(theme) => update({ theme })}
        />
        <Choice
          legend={t('font')}
          name="font"
          value={settings.font}
          options={[
            ['serif', t('fontSerif')],
            ['sans', t('fontSans')],
            ['atkinson', t('fontAtkinson')],
            ['opendyslexic', t('fontOpenDyslexic')],
          ]}
          onChange={(font) => update({ font })}
        />
        <Range
          id="font-size"
          label={t('fontSize')}
          value={settings.fontSize}
          limits={LIMITS.fontSize}
          unit={` ${t('unitPx')}`}
          onChange={(fontSize) => update({ fontSize })}
        />
        <Range
          id="line-width"
          label={t('lineWidth')}
          value={settings.lineWidth}
          limits={LIMITS.lineWidth}
          unit={` ${t('unitChars')}`}
          onChange={(lineWidth) => update({ lineWidth })}
        />
        <Range
          id="line-height"
          label={t('lineSpacing')}
          value={settings.lineHeight}
          limits={LIMITS.lineHeight}
          unit=""
          onChange={(lineHeight) => update({ lineHeight })}
        />
        <Check
          label={t('optLoadImages')}
          checked={settings.loadImages}
          testId="load-images"
          onChange={(loadImages) => update({ loadImages })}
        />
        <LookFields settings={settings} update={update} />
        <div class="preview article-body" aria-label={t('optPreview')}>
          <p>{t('optPreviewText')}</p>
        </div>
      </section>

      <section aria-labelledby="summary-opts">
        <h2 id="summary-opts">{t('summary')}</h2>
        <Choice
          legend={t('optSummaryLength')}
          name="summary-length"
          value={settings.summaryLength}
          options={[
            [3, tn('sentences', 3)],
            [5, tn('sentences', 5)],
            [7, tn('sentences', 7)],
          ]}
          onChange={(summaryLength) => update({ summaryLength })}
        />
        <Check
          label={t('optAi')}
          checked={settings.summaryMode === 'ai'}
          onChange={(on) => update({ summaryMode: on ? 'ai' : 'extractive' })}
        />
      </section>

      <section aria-labelledby="facts-opts">
        <h2 id="facts-opts">{t('keyFacts')}</h2>
        <fieldset class="field">
          <legend>{t('optShow')}</legend>
          <Check label={t('factDates')} checked={settings.factTypes.date} onChange={(date) => factTypes({ date })} />
          <Check label={t('factCasualties')} checked={settings.factTypes.casualties} onChange={(casualties) => factTypes({ casualties })} />
          <Check label={t('optTroopNumbers')} checked={settings.factTypes.troops} onChange={(troops) => factTypes({ troops })} />
        </fieldset>
        <Check label={t('optFactsOpen')} checked={settings.factsOpen} onChange={(factsOpen) => update({ factsOpen })} />
      </section>

      <ViewFields settings={settings} update={update} />

      <section aria-labelledby="blocks">
        <h2 id="blocks">{t('optRemovedBlocks')}</h2>
        <RemovedBlocksList />
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">{t('optKeys')}</h2>
        <Choice
          legend={t('optToolbarOpens')}
          name="toolbar"
          value={settings.toolbar}
          options={[
            ['popup', t('optToolbarPopup')],
            ['overlay', t('optToolbarOverlay')],
          ]}
          onChange={(toolbar) => update({ toolbar })}
        />
        <p>{t('optShortcuts', isFirefox() ? t('optShortcutsFirefox') : 'chrome://extensions/shortcuts')}</p>
      </section>

      <p>
        <button type="button" onClick={() => update(DEFAULT_SETTINGS)}>
          {t('optReset')}
        </button>{' '}
        <a class="button" href={extensionUrl('/list.html')}>
          {t('optOpenList')}
        </a>
      </p>
    </main>
  );
}
