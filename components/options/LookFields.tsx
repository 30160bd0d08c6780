import { LIMITS, type Settings } from '@/utils/core/settings/settings';
import { t } from '@/utils/platform/i18n';
import { ColorsControl } from '../reader/aa/ColorsControl';
import { Choice, Range } from './fields';

interface Props {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

/** Letter and word spacing, alignment and the reader's own colours (the Aa panel has the same). */
export function LookFields({ settings, update }: Props) {
  return (
    <>
      <Range
        id="letter-spacing"
        label={t('letterSpacing')}
        value={settings.letterSpacing}
        limits={LIMITS.letterSpacing}
        unit=" em"
        onChange={(letterSpacing) => void update({ letterSpacing })}
      />
      <Range
        id="word-spacing"
        label={t('wordSpacing')}
        value={settings.wordSpacing}
        limits={LIMITS.wordSpacing}
        unit=" em"
        onChange={(wordSpacing) => void update({ wordSpacing })}
      />
      <Choice
        legend={t('alignment')}
        name="align"
        value={settings.textAlign}
        options={[
          ['start', t('alignStart')],
          ['justify', t('alignJustify')],
        ]}
        onChange={(textAlign) => void update({ textAlign })}
      />
      <ColorsControl idPrefix="opt-color" colors={settings.colors} onChange={(colors) => void update({ colors })} />
    </>
  );
}
