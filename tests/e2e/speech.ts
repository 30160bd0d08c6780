/**
 * Read aloud in tests. A stand-in for the Web Speech API's synthesis, with the
 * shape Sift uses (getVoices, speak, cancel, utterances that fire start,
 * boundary and end): it records every utterance and fires a boundary event
 * at each word, and an utterance ends when the test says so (`finish()`), so
 * a test can watch the highlight move from one sentence to the next. Plain
 * JavaScript, so one text serves Playwright, DevTools (the content script's
 * world) and Firefox.
 */
import { mkdirSync, copyFileSync, existsSync, appendFileSync, writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

/** Installs the stand-in in the window it runs in; `voices` is a JSON list (empty: a system with no voice). */
export const standInSpeech = (voices: Array<{ voiceURI: string; name: string; lang: string; default?: boolean }>) => `(() => {
  const voices = ${JSON.stringify(voices.map((v) => ({ default: false, localService: true, ...v })))};
  const log = [];
  let current = null;
  let timer = 0;
  class Utterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.lang = ''; this.rate = 1; this.pitch = 1; this.volume = 1; this.voice = null; }
  }
  const fire = (u, type, extra) => { const e = new Event(type); Object.assign(e, extra); u.dispatchEvent(e); };
  const synth = Object.assign(new EventTarget(), {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices.slice(),
    speak(u) {
      log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.voiceURI : null });
      current = u;
      synth.speaking = true;
      const words = Array.from(u.text.matchAll(/\\S+/g));
      let i = 0;
      const tick = () => {
        if (current !== u || i >= words.length) return;
        fire(u, 'boundary', { name: 'word', charIndex: words[i].index, charLength: words[i][0].length });
        i++;
        timer = setTimeout(tick, 15);
      };
      setTimeout(() => { if (current === u) { fire(u, 'start', { charIndex: 0 }); tick(); } }, 0);
    },
    cancel() {
      const u = current;
      current = null;
      synth.speaking = false;
      clearTimeout(timer);
      if (u) fire(u, 'error', { error: 'interrupted' });
    },
    pause() {}, resume() {},
  });
  globalThis.__speech = {
    log,
    speaking: () => (current ? current.text : null),
    finish() { const u = current; if (!u) return false; current = null; synth.speaking = false; clearTimeout(timer); fire(u, 'end', { charIndex: u.text.length }); return true; },
  };
  Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  return true;
})()`;

export const VOICES = [
  { voiceURI: 'test-en-gb', name: 'Test English', lang: 'en-GB', default: true },
  { voiceURI: 'test-en-us', name: 'Test American', lang: 'en-US' },
  { voiceURI: 'test-fr', name: 'Test French', lang: 'fr-FR' },
];

export const SPEECH_DISPATCHER = '/usr/bin/speech-dispatcher';

/**
 * A home of the test's own for Debian's speech-dispatcher (with espeak-ng),
 * which Chromium starts on demand: its sound goes to ALSA's null device, as
 * a test machine has no sound card. Returns the environment for the browser,
 * and a way to end the daemon it started.
 */
export function speechHome(): { env: Record<string, string>; stop(): void } | null {
  if (!existsSync(SPEECH_DISPATCHER) || !existsSync('/etc/speech-dispatcher/speechd.conf')) return null;
  const home = mkdtempSync(join(tmpdir(), 'sift-speech-'));
  const conf = join(home, '.config/speech-dispatcher');
  mkdirSync(conf, { recursive: true });
  mkdirSync(join(home, 'run'), { recursive: true });
  copyFileSync('/etc/speech-dispatcher/speechd.conf', join(conf, 'speechd.conf'));
  appendFileSync(join(conf, 'speechd.conf'), '\nAudioOutputMethod "alsa"\n');
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  return {
    env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_RUNTIME_DIR: join(home, 'run') },
    stop: () => {
      for (const f of [
        join(home, 'run/speech-dispatcher/pid/speech-dispatcher.pid'),
        join(home, '.cache/speech-dispatcher/pid/speech-dispatcher.pid'),
      ]) {
        if (!existsSync(f)) continue;
        const pid = Number(readFileSync(f, 'utf8').trim());
        if (pid > 1) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // It had ended by itself.
          }
        }
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
