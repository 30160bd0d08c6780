import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, LIMITS, type Settings } from '@/utils/core/settings/settings';
import { errorMessage } from '@/utils/core/errors';
import { extensionUrl, isFirefox } from '@/utils/platform/runtime';
import { saveSettings } from '@/utils/platform/storage';
import { useSettings } from '../common/useSettings';
import { Check, Choice, Range } from './fields';
import { RemovedBlocksList } from './RemovedBlocksList';
import { t, tn } from '@/utils/platform/i18n';
import { LookFields } from './LookFields';
import { ViewFields } from './ViewFields';

type Patch = Partial<Settings>;

/** The options page: every change is saved at once and applies live to open views. */
export function OptionsApp() {
  const { settings, loaded } = useSettings();
  const [status, setStatus] = useState('');
  if (!loaded) return <p class="muted">{t('optLoading')}</p>;

  const update = async (patch: Patch) => {
    try {
      await saveSettings({ ...settings, ...patch });
      setStatus(t('optSaved'));
    } catch (err) {
      setStatus(t('couldNotSave', errorMessage(err)));
    }
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
