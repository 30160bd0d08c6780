/**
 * The Web Speech API's synthesis, as read aloud uses it: looked up when used
 * (never at load, so a page or test can provide it later), with its voices,
 * which most browsers list only after a moment.
 */
export function synth(): SpeechSynthesis | null {
  const s = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  return s &&
    typeof s.speak === 'function' &&
    typeof (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance === 'function'
    ? s
    : null;
}

/**
 * The system's voices; waits up to `ms` for the browser to list them (Chromium
 * lists none until `voiceschanged`, which takes a second or two with speech-dispatcher).
 */
export function loadVoices(s: SpeechSynthesis, ms = 5000): Promise<SpeechSynthesisVoice[]> {
  const now = s.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      s.removeEventListener('voiceschanged', done);
      resolve(s.getVoices());
    };
    const timer = setTimeout(done, ms);
    s.addEventListener('voiceschanged', done);
  });
}
