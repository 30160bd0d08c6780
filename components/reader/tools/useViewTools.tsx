import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Settings } from '@/utils/core/settings/settings';
import type { Surface } from '@/utils/platform/view-host';
import { t, uiLocale } from '@/utils/platform/i18n';
import { AaPanel } from '../aa/AaPanel';
import { AloudBar } from '../aloud/AloudBar';
import { useReadAloud } from '../aloud/useReadAloud';
import { useBackToFacts, useViewShortcuts } from '../hooks/useViewShortcuts';
import { usePrintPanels } from '../hooks/usePrintPanels';
import { Icon } from '../icons';

interface Options {
  surface: Surface;
  reader: RefObject<HTMLElement | null>;
  body: RefObject<HTMLElement | null>;
  hasArticle: boolean;
  html: string;
  lang: string | null;
  settings: Settings;
  change(patch: Partial<Settings>): void;
  saveError: string;
  onAllOptions(): void;
}

function languageName(lang: string | null): string {
  if (!lang) return '';
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * What the view adds to its toolbar, with what those buttons open: read
 * aloud, the Aa panel and (in the reader tab) Print; and the view's keys.
 */
export function useViewTools(o: Options) {
  const [aaOpen, setAaOpen] = useState(false);
  const [aloudOpen, setAloudOpen] = useState(false);
  const aaButton = useRef<HTMLButtonElement>(null);
  const aloudButton = useRef<HTMLButtonElement>(null);
  const aloud = useReadAloud({ body: o.body, html: o.html, lang: o.lang, settings: o.settings, change: o.change });
  const backToFacts = useBackToFacts(o.reader);
  usePrintPanels(o.reader, o.settings.printPanels);

  const openAloud = useCallback(() => {
    setAloudOpen(true);
    aloud.toggle();
  }, [aloud.toggle]);
  const closeAloud = () => {
    aloud.stop();
    setAloudOpen(false);
    aloudButton.current?.focus();
  };
  const closeAa = () => {
    setAaOpen(false);
    aaButton.current?.focus();
  };

  useViewShortcuts(o.reader, o.surface === 'overlay', o.settings.viewShortcuts && o.hasArticle, {
    n: openAloud,
    ',': () => aloud.step(-1),
    '.': () => aloud.step(1),
    f: backToFacts,
  });

  const langName = useMemo(() => languageName(o.lang), [o.lang]);
  const speaking = aloud.state.status === 'playing';

  const buttons = o.hasArticle && (
    <>
      <button ref={aloudButton} type="button" onClick={aloudOpen ? aloud.toggle : openAloud} aria-keyshortcuts="N" data-testid="aloud">
        <Icon name="speaker" /> {speaking ? t('aloudPause') : t('aloudListen')}
      </button>
      <button
        ref={aaButton}
        type="button"
        aria-expanded={aaOpen}
        aria-controls="sift-aa"
        aria-label={t('aaButton')}
        title={t('aaTitle')}
        onClick={() => (aaOpen ? closeAa() : setAaOpen(true))}
        data-testid="aa"
      >
        Aa
      </button>
      {o.surface === 'tab' && (
        <button type="button" onClick={() => print()} data-testid="print">
          <Icon name="print" /> {t('print')}
        </button>
      )}
    </>
  );

  const panels = (
    <>
      {aaOpen && (
        <AaPanel id="sift-aa" settings={o.settings} change={o.change} error={o.saveError} onClose={closeAa} onAllOptions={o.onAllOptions} />
      )}
      {aloudOpen && o.hasArticle && <AloudBar aloud={aloud} rate={o.settings.aloudRate} langName={langName} onClose={closeAloud} />}
    </>
  );

  return { buttons, panels, readFrom: aloud.readFrom };
}
