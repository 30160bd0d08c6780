import { useEffect, useRef } from 'preact/hooks';
import { FONTS, LIMITS, THEMES, type Font, type Settings, type Theme } from '@/utils/core/settings/settings';
import type { MessageKey } from '@/utils/core/i18n/messages';
import { t } from '@/utils/platform/i18n';
import { ColorsControl } from './ColorsControl';

export const THEME_LABELS: Record<Theme, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
  grey: 'themeGrey',
  contrast: 'themeContrast',
};
export const FONT_LABELS: Record<Font, MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  atkinson: 'fontAtkinson',
  opendyslexic: 'fontOpenDyslexic',
};

interface Props {
  id: string;
  settings: Settings;
  change(patch: Partial<Settings>): void;
  onClose(): void;
  onAllOptions(): void;
  /** Why the last change could not be saved, if it could not. */
  error: string;
}

type Limits = { min: number; max: number; step: number };

function Slider(p: { id: string; label: string; value: number; limits: Limits; shown: string; onChange(v: number): void }) {
  return (
    <div class="aa-row">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="range"
        min={p.limits.min}
        max={p.limits.max}
        step={p.limits.step}
        value={p.value}
        aria-valuetext={p.shown}
        data-testid={p.id}
        onInput={(e) => p.onChange(Number(e.currentTarget.value))}
      />
      <output for={p.id}>{p.shown}</output>
    </div>
  );
}

/** Text size as Firefox's Aa panel has it: smaller, the size, larger. */
function SizeStepper({ value, onChange }: { value: number; onChange(v: number): void }) {
  const { min, max } = LIMITS.fontSize;
  return (
    <div class="aa-row" role="group" aria-labelledby="aa-size-label">
      <span id="aa-size-label" class="aa-label">
        {t('fontSize')}
      </span>
      <button type="button" disabled={value <= min} onClick={() => onChange(value - 1)} data-testid="size-down">
        <span aria-hidden="true">A−</span>
        <span class="visually-hidden">{t('smaller')}</span>
      </button>
      <output data-testid="size-value" aria-live="polite">
        {t('px', value)}
      </output>
      <button type="button" disabled={value >= max} onClick={() => onChange(value + 1)} data-testid="size-up">
        <span aria-hidden="true">A+</span>
        <span class="visually-hidden">{t('larger')}</span>
      </button>
    </div>
  );
}

/**
 * The "Aa" panel: the view's look, changed where one reads (popup, reader tab
 * and over the page). Each change shows at once and is saved to the same
 * options the options page holds.
 */
export function AaPanel({ id, settings: s, change, onClose, onAllOptions, error }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  return (
    <div
      id={id}
      ref={panel}
      class="aa-panel"
      role="group"
      aria-label={t('aaTitle')}
      data-testid="aa-panel"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape closes the panel, not the reader over the page behind it.
        e.stopPropagation();
        e.preventDefault();
        onClose();
      }}
    >
      <fieldset class="aa-themes">
        <legend>{t('theme')}</legend>
        {THEMES.map((th) => (
          <label key={th} class={`swatch swatch-${th}`}>
            <input type="radio" name="aa-theme" value={th} checked={s.theme === th} onChange={() => change({ theme: th })} />
            <span>{t(THEME_LABELS[th])}</span>
          </label>
        ))}
      </fieldset>
      <div class="aa-row">
        <label for="aa-font">{t('font')}</label>
        <select id="aa-font" value={s.font} data-testid="aa-font" onChange={(e) => change({ font: e.currentTarget.value as Font })}>
          {FONTS.map((f) => (
            <option key={f} value={f}>
              {t(FONT_LABELS[f])}
            </option>
          ))}
        </select>
      </div>
      <SizeStepper value={s.fontSize} onChange={(fontSize) => change({ fontSize })} />
      <Slider
        id="aa-width"
        label={t('lineWidth')}
        value={s.lineWidth}
        limits={LIMITS.lineWidth}
        shown={t('chars', s.lineWidth)}
        onChange={(lineWidth) => change({ lineWidth })}
      />
      <Slider
        id="aa-leading"
        label={t('lineSpacing')}
        value={s.lineHeight}
        limits={LIMITS.lineHeight}
        shown={t('times', s.lineHeight)}
        onChange={(lineHeight) => change({ lineHeight })}
      />
      <Slider
        id="aa-letter"
        label={t('letterSpacing')}
        value={s.letterSpacing}
        limits={LIMITS.letterSpacing}
        shown={t('em', s.letterSpacing)}
        onChange={(letterSpacing) => change({ letterSpacing })}
      />
      <Slider
        id="aa-word"
        label={t('wordSpacing')}
        value={s.wordSpacing}
        limits={LIMITS.wordSpacing}
        shown={t('em', s.wordSpacing)}
        onChange={(wordSpacing) => change({ wordSpacing })}
      />
      <fieldset class="aa-row aa-align">
        <legend class="aa-label">{t('alignment')}</legend>
        {(['start', 'justify'] as const).map((a) => (
          <label key={a} class="choice">
            <input type="radio" name="aa-align" value={a} checked={s.textAlign === a} onChange={() => change({ textAlign: a })} />
            {t(a === 'start' ? 'alignStart' : 'alignJustify')}
          </label>
        ))}
      </fieldset>
      <ColorsControl idPrefix="aa-color" colors={s.colors} onChange={(colors) => change({ colors })} />
      <label class="choice">
        <input type="checkbox" checked={s.viewShortcuts} onChange={(e) => change({ viewShortcuts: e.currentTarget.checked })} />
        {t('viewShortcuts')}
      </label>
      {error && (
        <p role="alert" class="aa-error">
          {t('couldNotSave', error)}
        </p>
      )}
      <p class="aa-footer">
        <button type="button" onClick={onAllOptions}>
          {t('allOptions')}
        </button>{' '}
        <button type="button" onClick={onClose}>
          {t('done')}
        </button>
      </p>
    </div>
  );
}
