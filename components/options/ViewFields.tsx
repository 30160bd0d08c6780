import { LIMITS, type Settings } from '@/utils/core/settings/settings';
import { t } from '@/utils/platform/i18n';
import { Check, Range } from './fields';

interface Props {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

/** The view's behaviour: the popup's panels, read aloud's speed, printing, the single-key shortcuts. */
export function ViewFields({ settings, update }: Props) {
  return (
    <section aria-labelledby="view-opts">
      <h2 id="view-opts">{t('optReading')}</h2>
      <Check
        label={t('optPopupSummary')}
        checked={settings.popupSummaryOpen}
        onChange={(popupSummaryOpen) => void update({ popupSummaryOpen })}
      />
      <Check label={t('optPopupFacts')} checked={settings.popupFactsOpen} onChange={(popupFactsOpen) => void update({ popupFactsOpen })} />
      <Check label={t('optSummaryOpen')} checked={settings.summaryOpen} onChange={(summaryOpen) => void update({ summaryOpen })} />
      <Range
        id="aloud-rate"
        label={t('aloudSpeed')}
        value={settings.aloudRate}
        limits={LIMITS.aloudRate}
        unit="×"
        onChange={(aloudRate) => void update({ aloudRate })}
      />
      <Check label={t('optPrintPanels')} checked={settings.printPanels} onChange={(printPanels) => void update({ printPanels })} />
      <Check label={t('viewShortcuts')} checked={settings.viewShortcuts} onChange={(viewShortcuts) => void update({ viewShortcuts })} />
    </section>
  );
}
