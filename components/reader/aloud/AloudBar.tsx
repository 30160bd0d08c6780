import { LIMITS } from '@/utils/core/settings/settings';
import { t } from '@/utils/platform/i18n';
import { Icon } from '../icons';
import type { ReadAloud } from './useReadAloud';

const RATES = (() => {
  const out: number[] = [];
  for (let r = LIMITS.aloudRate.min; r <= LIMITS.aloudRate.max + 1e-9; r += 0.25) out.push(Math.round(r * 100) / 100);
  return out;
})();

const voiceLabel = (v: SpeechSynthesisVoice) => `${v.name} (${v.lang})`;

/** Read aloud's controls: previous, play or pause, next, speed, voice; or why it cannot read. */
export function AloudBar({ aloud, rate, langName, onClose }: { aloud: ReadAloud; rate: number; langName: string; onClose(): void }) {
  const { state, voices, voice } = aloud;
  const active = state.status === 'playing' || state.status === 'paused';
  const problem =
    state.status === 'no-voice'
      ? t('aloudNoVoice')
      : state.status === 'unsupported'
        ? t('aloudUnsupported')
        : state.status === 'failed'
          ? t('aloudFailed', state.error ?? '')
          : '';
  const rates = RATES.includes(rate) ? RATES : [...RATES, rate].sort((a, b) => a - b);
  return (
    <section class="aloud-bar" aria-label={t('aloudTitle')} data-testid="aloud-bar" data-status={state.status}>
      {problem ? (
        <p class="aloud-problem" role="alert" data-testid="aloud-problem">
          {problem}
        </p>
      ) : (
        <>
          <button
            type="button"
            class="icon-button"
            onClick={() => aloud.step(-1)}
            disabled={!active}
            aria-keyshortcuts=","
            title={t('aloudPrevKey')}
          >
            <Icon name="prev" />
            <span class="visually-hidden">{t('aloudPrev')}</span>
          </button>
          <button
            type="button"
            class="icon-button primary"
            onClick={aloud.toggle}
            aria-keyshortcuts="N"
            title={t(state.status === 'playing' ? 'aloudPauseKey' : 'aloudPlayKey')}
            data-testid="aloud-toggle"
          >
            <Icon name={state.status === 'playing' ? 'pause' : 'play'} />
            <span class="visually-hidden">{t(state.status === 'playing' ? 'aloudPause' : 'aloudPlay')}</span>
          </button>
          <button
            type="button"
            class="icon-button"
            onClick={() => aloud.step(1)}
            disabled={!active}
            aria-keyshortcuts="."
            title={t('aloudNextKey')}
          >
            <Icon name="next" />
            <span class="visually-hidden">{t('aloudNext')}</span>
          </button>
          <label class="aloud-field">
            <span>{t('aloudSpeed')}</span>
            <select value={String(rate)} data-testid="aloud-rate" onChange={(e) => aloud.setRate(Number(e.currentTarget.value))}>
              {rates.map((r) => (
                <option key={r} value={String(r)}>
                  {t('times', r)}
                </option>
              ))}
            </select>
          </label>
          {voices.matching.length + voices.others.length > 0 && (
            <label class="aloud-field aloud-voice">
              <span>{t('aloudVoice')}</span>
              <select value={voice?.voiceURI ?? ''} data-testid="aloud-voice" onChange={(e) => aloud.setVoice(e.currentTarget.value)}>
                {voices.matching.length > 0 && (
                  <optgroup label={t('aloudVoicesFor', langName)}>
                    {voices.matching.map((v) => (
                      <option key={v.voiceURI} value={v.voiceURI}>
                        {voiceLabel(v)}
                      </option>
                    ))}
                  </optgroup>
                )}
                {voices.others.length > 0 && (
                  <optgroup label={t('aloudOtherVoices')}>
                    {voices.others.map((v) => (
                      <option key={v.voiceURI} value={v.voiceURI}>
                        {voiceLabel(v)}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            </label>
          )}
          <span class="aloud-progress muted" data-testid="aloud-progress">
            {active ? t('aloudProgress', state.index + 1, state.total) : state.status === 'starting' ? t('aloudStarting') : ''}
          </span>
        </>
      )}
      <button type="button" class="icon-button aloud-close" onClick={onClose} title={t('aloudStop')} data-testid="aloud-close">
        <Icon name="close" />
        <span class="visually-hidden">{t('aloudStop')}</span>
      </button>
    </section>
  );
}
