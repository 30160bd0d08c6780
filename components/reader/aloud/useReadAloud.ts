import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { orderVoices, pickVoice, primaryLang, readingPlan, sentenceAt } from '@/utils/core/aloud/voices';
import type { Settings } from '@/utils/core/settings/settings';
import type { SentenceSpan } from '@/utils/core/text/sentences';
import { clearHighlights, SPOKEN_CLASS } from '@/utils/core/view/highlight';
import { markSpan, viewText } from '@/utils/core/view/view-text';
import { loadVoices, synth } from './speech';

export type AloudStatus = 'off' | 'starting' | 'playing' | 'paused' | 'no-voice' | 'unsupported' | 'failed';

export interface AloudState {
  status: AloudStatus;
  /** The sentence being read (or paused at), and how many there are. */
  index: number;
  total: number;
  /** The speech engine's error code, when it failed. */
  error?: string;
}

interface Options {
  body: RefObject<HTMLElement | null>;
  /** The rendered article: a new one (or a removed block) makes a new reading plan. */
  html: string;
  lang: string | null;
  settings: Settings;
  change(patch: Partial<Settings>): void;
}

/** Keeps the spoken sentence on screen, below the view's sticky bar. */
function keepInView(mark: HTMLElement): void {
  const top = mark.closest('.reader')?.querySelector('.view-top')?.getBoundingClientRect().bottom ?? 0;
  const r = mark.getBoundingClientRect();
  const bottom = (mark.ownerDocument.defaultView ?? window).innerHeight;
  if (r.top >= top && r.bottom <= bottom) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}

/**
 * Read aloud with the system's voices (speechSynthesis, on the device): one
 * utterance per sentence of the view's text, the sentence marked and kept in
 * view. Pausing cancels and remembers the word the voice had reached (its
 * boundary events), so resuming goes on from that word: speechSynthesis.pause()
 * does nothing with several engines.
 */
export function useReadAloud({ body, html, lang, settings, change }: Options) {
  const [state, setState] = useState<AloudState>({ status: 'off', index: 0, total: 0 });
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const plan = useRef<{ text: string; sentences: SentenceSpan[] } | null>(null);
  // Each utterance's events count only while it is the current one.
  const generation = useRef(0);
  const at = useRef({ index: 0, char: 0 });
  // The passage a fact or summary sentence led to: reading starts there.
  const from = useRef<number | null>(null);
  const opts = useRef({ rate: settings.aloudRate, chosen: settings.aloudVoices });
  opts.current = { rate: settings.aloudRate, chosen: settings.aloudVoices };
  const voicesRef = useRef<SpeechSynthesisVoice[]>([]);

  const readingPlanNow = () => {
    const root = body.current;
    if (!plan.current && root) {
      const text = viewText(root);
      plan.current = { text, sentences: readingPlan(text, lang) };
    }
    return plan.current;
  };

  const silence = useCallback(() => {
    generation.current++;
    synth()?.cancel();
  }, []);

  const stop = useCallback(() => {
    silence();
    if (body.current) clearHighlights(body.current, SPOKEN_CLASS);
    setState((s) => ({ ...s, status: 'off' }));
  }, [silence, body]);

  const speakAt = useCallback(
    (index: number, char = 0) => {
      const s = synth();
      const p = readingPlanNow();
      const root = body.current;
      if (!s || !p || !root) return;
      const sentence = p.sentences[index];
      silence();
      if (!sentence) {
        clearHighlights(root, SPOKEN_CLASS);
        at.current = { index: 0, char: 0 };
        setState({ status: 'off', index: 0, total: p.sentences.length });
        return;
      }
      const mine = generation.current;
      at.current = { index, char };
      const mark = markSpan(root, p.text, { quote: sentence.text, start: sentence.start }, SPOKEN_CLASS);
      if (mark) keepInView(mark);
      const u = new SpeechSynthesisUtterance(sentence.text.slice(char));
      if (lang) u.lang = lang;
      u.rate = opts.current.rate;
      const voice = pickVoice(voicesRef.current, lang, opts.current.chosen);
      if (voice) u.voice = voice;
      u.addEventListener('boundary', (e) => {
        if (generation.current === mine) at.current = { index, char: char + e.charIndex };
      });
      u.addEventListener('end', () => {
        if (generation.current === mine) speakAt(index + 1);
      });
      u.addEventListener('error', (e) => {
        if (generation.current !== mine || e.error === 'interrupted' || e.error === 'canceled') return;
        generation.current++;
        setState((st) => ({ ...st, status: 'failed', error: e.error }));
      });
      setState({ status: 'playing', index, total: p.sentences.length });
      s.speak(u);
    },
    [body, lang, silence],
  );

  const start = useCallback(async () => {
    const s = synth();
    if (!s) return setState((st) => ({ ...st, status: 'unsupported' }));
    setState((st) => ({ ...st, status: 'starting' }));
    const list = await loadVoices(s);
    voicesRef.current = list;
    setVoices(list);
    if (!list.length) return setState((st) => ({ ...st, status: 'no-voice' }));
    const p = readingPlanNow();
    if (!p) return;
    const fromPassage = from.current === null ? -1 : sentenceAt(p.sentences, from.current);
    from.current = null;
    speakAt(Math.max(0, fromPassage));
  }, [speakAt]);

  const toggle = useCallback(() => {
    if (state.status === 'playing') {
      silence();
      setState((s) => ({ ...s, status: 'paused' }));
    } else if (state.status === 'paused') {
      const p = readingPlanNow();
      const fromPassage = from.current === null || !p ? -1 : sentenceAt(p.sentences, from.current);
      from.current = null;
      if (fromPassage >= 0) speakAt(fromPassage);
      else speakAt(at.current.index, at.current.char);
    } else if (state.status !== 'starting') void start();
  }, [state.status, silence, speakAt, start]);

  const step = useCallback(
    (by: 1 | -1) => {
      if (state.status !== 'playing' && state.status !== 'paused') return;
      const total = plan.current?.sentences.length ?? 0;
      speakAt(Math.min(Math.max(0, at.current.index + by), Math.max(0, total - 1)));
    },
    [state.status, speakAt],
  );

  /** A fact or summary sentence was activated at `offset` of the view's text: reading goes on (or will start) from its sentence. */
  const readFrom = useCallback(
    (offset: number) => {
      from.current = offset;
      if (state.status !== 'playing') return;
      const p = readingPlanNow();
      const i = p ? sentenceAt(p.sentences, offset) : -1;
      from.current = null;
      if (i >= 0) speakAt(i);
    },
    [state.status, speakAt],
  );

  const setRate = useCallback(
    (rate: number) => {
      opts.current = { ...opts.current, rate };
      change({ aloudRate: rate });
      if (state.status === 'playing') speakAt(at.current.index, at.current.char);
    },
    [change, speakAt, state.status],
  );

  const setVoice = useCallback(
    (voiceURI: string) => {
      const key = primaryLang(lang) || primaryLang(voicesRef.current.find((v) => v.voiceURI === voiceURI)?.lang);
      if (!key) return;
      const chosen = { ...opts.current.chosen, [key]: voiceURI };
      opts.current = { ...opts.current, chosen };
      change({ aloudVoices: chosen });
      if (state.status === 'playing') speakAt(at.current.index, at.current.char);
    },
    [change, lang, speakAt, state.status],
  );

  // A new article, or blocks removed: the sentences are no longer the same.
  useEffect(() => {
    plan.current = null;
    return () => stop();
  }, [html]);

  // Leaving the view (the popup closing, the overlay taken off) ends the speech too.
  useEffect(() => {
    const off = () => silence();
    addEventListener('pagehide', off);
    return () => {
      removeEventListener('pagehide', off);
      silence();
    };
  }, [silence]);

  const ordered = useMemo(() => orderVoices(voices, lang), [voices, lang]);
  const voice = useMemo(() => pickVoice(voices, lang, settings.aloudVoices), [voices, lang, settings.aloudVoices]);

  return { state, toggle, step, stop, readFrom, setRate, setVoice, voices: ordered, voice };
}

export type ReadAloud = ReturnType<typeof useReadAloud>;
