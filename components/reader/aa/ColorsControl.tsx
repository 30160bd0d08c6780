import { AA_TEXT, contrastRatio } from '@/utils/core/settings/contrast';
import type { CustomColors } from '@/utils/core/settings/settings';
import { t } from '@/utils/platform/i18n';

// Never rounded up: 4.46:1 must not read as 4.5:1.
const ratio = (a: string, b: string) => Math.floor(contrastRatio(a, b) * 10) / 10;

/** The reader's own text, background and link colours, with their contrast and a warning below WCAG AA. */
export function ColorsControl({ colors, onChange, idPrefix }: { colors: CustomColors; onChange(c: CustomColors): void; idPrefix: string }) {
  const text = ratio(colors.text, colors.background);
  const link = ratio(colors.link, colors.background);
  const low = text < AA_TEXT || link < AA_TEXT;
  const field = (key: 'text' | 'background' | 'link', label: string) => (
    <label class="color-field" for={`${idPrefix}-${key}`}>
      <input
        id={`${idPrefix}-${key}`}
        type="color"
        value={colors[key]}
        data-testid={`color-${key}`}
        onInput={(e) => onChange({ ...colors, [key]: e.currentTarget.value })}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="field colors-field">
      <legend>{t('colours')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          checked={colors.on}
          data-testid="colors-on"
          onChange={(e) => onChange({ ...colors, on: e.currentTarget.checked })}
        />
        {t('useMyColours')}
      </label>
      {colors.on && (
        <>
          <div class="color-row">
            {field('text', t('colourText'))}
            {field('background', t('colourBackground'))}
            {field('link', t('colourLinks'))}
          </div>
          <p class={`contrast${low ? ' contrast-low' : ''}`} role="status" data-testid="contrast">
            {low ? <strong>{t('contrastLow', text, link)}</strong> : t('contrastOk', text, link)}
          </p>
        </>
      )}
    </fieldset>
  );
}
