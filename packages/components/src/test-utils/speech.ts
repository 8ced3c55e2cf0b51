// Helpers for the voice reading tests (not shipped): a watch on the page's real speechSynthesis.

/**
 * Watches the page's real `speechSynthesis`: its methods are replaced on the object itself
 * with recorders (the real engine is not called, since headless Chromium has no voice and
 * would end or fail utterances on its own schedule), and `getVoices()` answers `voices`.
 * The utterances are the real SpeechSynthesisUtterance objects the reader made.
 */
export function watchSpeech(voices: Partial<SpeechSynthesisVoice>[] = []) {
  const calls: string[] = [];
  const spoken: SpeechSynthesisUtterance[] = [];
  const synth = speechSynthesis as unknown as Record<string, unknown>;
  synth.speak = (utterance: SpeechSynthesisUtterance) => {
    calls.push('speak');
    spoken.push(utterance);
  };
  for (const name of ['pause', 'resume', 'cancel']) synth[name] = () => calls.push(name);
  synth.getVoices = () => voices;
  // The real setter accepts only the browser's own voice objects; these stand in for them.
  const voiceSlot = new WeakMap<object, unknown>();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return voiceSlot.get(this) ?? null;
    },
    set(value) {
      voiceSlot.set(this, value);
    },
  });
  return {
    calls,
    spoken,
    texts: () => spoken.map((u) => u.text),
    /** The API calls from the first `speak` on. */
    sinceSpeak: () => calls.slice(calls.indexOf('speak')),
    /** The engine finishes the last utterance, as it fires `end`. */
    finish: () => spoken.at(-1)!.dispatchEvent(new Event('end')),
  };
}

/** A stand-in for one of the browser's voices. */
export const voice = (lang: string, name = lang): Partial<SpeechSynthesisVoice> => ({
  lang,
  name,
  voiceURI: name,
  localService: true,
  default: false,
});

const originalVoice = Object.getOwnPropertyDescriptor(SpeechSynthesisUtterance.prototype, 'voice')!;

/** Gives `speechSynthesis` and `SpeechSynthesisUtterance` back their own methods. */
export function restoreSpeech(): void {
  for (const name of ['speak', 'pause', 'resume', 'cancel', 'getVoices']) {
    Reflect.deleteProperty(speechSynthesis, name);
  }
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', originalVoice);
}
