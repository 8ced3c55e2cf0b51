// 语音朗读: reads an article (连读) or one piece of text (指读) aloud with the browser's Web Speech
// API. Loaded on demand by the toolbar and <qx-article-tools>, so pages that never read aloud
// never download it. No third-party service: the voices are the visitor's own.
import { chunk, readingOrder, type ReadingBlock } from './reading-order.js';
import { pickVoice, speechLang } from './voices.js';

export { readingOrder, accessibleText, chunk, type ReadingBlock } from './reading-order.js';
export { pickVoice, speechLang } from './voices.js';

/** idle: nothing is read; playing: a text is being read; paused: stopped mid-text, resumable. */
export type SpeechState = 'idle' | 'playing' | 'paused';

/**
 * Why reading could not start: `unsupported` (no `speechSynthesis` in this browser),
 * `no-voice` (no voice for the language), `empty` (nothing to read).
 */
/**
 * Why reading could not start or go on. `not-allowed`: the browser refused to speak before the
 * visitor had clicked or pressed a key on the page (Chromium's autoplay rule); it comes as an
 * `unavailable` event, after `speak()` or `readAll()` has already answered.
 */
export type SpeechFailure = 'unsupported' | 'no-voice' | 'empty' | 'not-allowed';

/** What `readAll()` and `speak()` answer; a failure is also fired as an `unavailable` event. */
export type SpeechResult = { ok: true } | { ok: false; reason: SpeechFailure; lang: string };

/** `detail` of the `block` event: the piece now being read. */
export interface SpeechBlockDetail {
  /** Index of the piece among all the pieces of this reading. */
  index: number;
  /** How many pieces this reading has. */
  total: number;
  text: string;
  lang: string;
  /** The element the text comes from (for `speak()`, none). */
  element?: Element;
}

export interface SpeechReaderOptions {
  /** Language of text with no `lang` around it; default: `<html lang>`, else zh-CN. */
  lang?: string;
  /** Speed, 0.5–2; default 1. */
  rate?: number;
  /** How long to wait for `voiceschanged` when the browser lists no voice yet; default 2000 ms. */
  voicesTimeout?: number;
}

export interface SpeechReaderEventMap {
  statechange: CustomEvent<{ state: SpeechState }>;
  block: CustomEvent<SpeechBlockDetail>;
  unavailable: CustomEvent<{ reason: SpeechFailure; lang: string }>;
}

interface Piece {
  text: string;
  lang: string;
  element?: Element;
}

/**
 * Reads aloud with `speechSynthesis`, one utterance per block (long blocks cut after sentence
 * ends, since some engines stop in the middle of very long utterances). Each utterance gets
 * its `lang` and a voice chosen explicitly from `speechSynthesis.getVoices()`; when there is
 * no voice for the language, nothing is spoken and the failure is answered and fired, never
 * swallowed, so the interface can say so.
 *
 * ```js
 * const { SpeechReader } = await import('@qiaoxin/components/a11y-toolbar/speech.js');
 * const reader = new SpeechReader({ rate: 1.25 });
 * reader.addEventListener('statechange', () => show(reader.state));
 * const result = await reader.readAll(document.querySelector('article'));
 * if (!result.ok) showMessage(result.reason); // 'no-voice', 'unsupported', 'empty'
 * ```
 *
 * @fires statechange - `detail.state`: idle, playing or paused.
 * @fires block - A piece starts being read: `detail` has its index, total, text, lang and element.
 * @fires unavailable - Reading could not start: `detail.reason` and `detail.lang`.
 */
export class SpeechReader extends EventTarget {
  /** Language of text with no `lang` around it. */
  lang: string;
  #rate: number;
  #state: SpeechState = 'idle';
  #pieces: Piece[] = [];
  #index = 0;
  /** Bumped on every stop: events of utterances from an earlier reading are ignored. */
  #generation = 0;
  readonly #voicesTimeout: number;
  #voicesReady?: Promise<void>;

  constructor({ lang, rate = 1, voicesTimeout = 2000 }: SpeechReaderOptions = {}) {
    super();
    this.lang = lang || document.documentElement.lang || 'zh-CN';
    this.#rate = clampRate(rate);
    this.#voicesTimeout = voicesTimeout;
  }

  /** idle, playing or paused. */
  get state(): SpeechState {
    return this.#state;
  }

  /** Speed, 0.5–2 (0.75, 1, 1.25, 1.5 …). Set while playing, the current piece restarts at it. */
  get rate(): number {
    return this.#rate;
  }

  set rate(value: number) {
    this.#rate = clampRate(value);
    if (this.#state === 'playing' && this.#pieces.length) {
      this.#generation++;
      speechSynthesis.cancel();
      this.#speakPiece(this.#index);
    }
  }

  /** Reads `root` in reading order (title, meta line, body, captions), stopping any reading first. */
  readAll(root: Element): Promise<SpeechResult> {
    const blocks = readingOrder(root, this.lang);
    return this.#start(
      blocks.flatMap((block: ReadingBlock) =>
        chunk(block.text).map((text) => ({ text, lang: block.lang, element: block.element })),
      ),
      root.closest('[lang]')?.getAttribute('lang') || this.lang,
    );
  }

  /** 指读: stops what is being read and reads `text` alone, in `lang` (default: the reader's). */
  speak(text: string, lang: string = this.lang): Promise<SpeechResult> {
    const clean = text.replace(/\s+/g, ' ').trim();
    return this.#start(clean ? chunk(clean).map((piece) => ({ text: piece, lang })) : [], lang);
  }

  /** Pauses mid-sentence; `resume()` goes on from there. */
  pause(): void {
    if (this.#state !== 'playing') return;
    speechSynthesis.pause();
    this.#setState('paused');
  }

  resume(): void {
    if (this.#state !== 'paused') return;
    speechSynthesis.resume();
    this.#setState('playing');
  }

  /** Stops reading and forgets the text. */
  stop(): void {
    this.#generation++;
    this.#pieces = [];
    if (typeof speechSynthesis !== 'undefined' && this.#state !== 'idle') {
      speechSynthesis.cancel();
      // A paused engine stays paused after cancel() in Chromium: the next speak() would hang.
      speechSynthesis.resume();
    }
    this.#setState('idle');
  }

  override addEventListener<K extends keyof SpeechReaderEventMap>(
    type: K,
    listener: ((event: SpeechReaderEventMap[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  async #start(pieces: Piece[], lang: string): Promise<SpeechResult> {
    this.stop();
    const generation = this.#generation;
    if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance !== 'function') {
      return this.#fail('unsupported', lang);
    }
    if (!pieces.length) return this.#fail('empty', lang);
    // Another reader (the toolbar's, this element's) may be speaking: one voice at a time.
    if (speechSynthesis.speaking) speechSynthesis.cancel();
    await this.#waitForVoices();
    // Another reading or a stop came while the voices loaded: that one wins.
    if (generation !== this.#generation) return { ok: true };
    const first = (pieces[0] as Piece).lang || lang;
    if (!pickVoice(speechSynthesis.getVoices(), first)) return this.#fail('no-voice', first);
    this.#pieces = pieces;
    this.#setState('playing');
    this.#speakPiece(0);
    return { ok: true };
  }

  /**
   * Voices load asynchronously: Chromium and Firefox list none until `voiceschanged`. A browser
   * that has no voice at all may never fire it (headless Chromium, Linux without
   * speech-dispatcher), and nothing else tells "none" from "not yet", so the wait is bounded.
   */
  #waitForVoices(): Promise<void> {
    if (speechSynthesis.getVoices().length) return Promise.resolve();
    this.#voicesReady ??= new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        speechSynthesis.removeEventListener('voiceschanged', done);
        this.#voicesReady = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.#voicesTimeout);
      speechSynthesis.addEventListener('voiceschanged', done);
    });
    return this.#voicesReady;
  }

  #speakPiece(index: number): void {
    const piece = this.#pieces[index];
    if (!piece) {
      this.#pieces = [];
      this.#setState('idle');
      return;
    }
    this.#index = index;
    const generation = this.#generation;
    const utterance = new SpeechSynthesisUtterance(piece.text);
    const voice = pickVoice(speechSynthesis.getVoices(), piece.lang);
    // A piece in a language with no voice (an English quote) is still read, by the default voice.
    utterance.lang = voice?.lang.replace(/_/g, '-') ?? speechLang(piece.lang);
    if (voice) utterance.voice = voice;
    utterance.rate = this.#rate;
    const next = () => {
      if (generation === this.#generation) this.#speakPiece(index + 1);
    };
    utterance.addEventListener('end', next);
    // 'interrupted' and 'canceled' come from our own cancel(); 'not-allowed' ends the reading
    // and is told (no later piece would be allowed either); other errors skip the piece.
    utterance.addEventListener('error', (event) => {
      if (generation !== this.#generation) return;
      if (event.error === 'not-allowed') {
        this.#pieces = [];
        this.#setState('idle');
        this.#fail('not-allowed', piece.lang);
      } else if (!['interrupted', 'canceled'].includes(event.error)) next();
    });
    this.dispatchEvent(
      new CustomEvent<SpeechBlockDetail>('block', {
        detail: { index, total: this.#pieces.length, ...piece },
      }),
    );
    speechSynthesis.speak(utterance);
  }

  #fail(reason: SpeechFailure, lang: string): SpeechResult {
    this.dispatchEvent(new CustomEvent('unavailable', { detail: { reason, lang } }));
    return { ok: false, reason, lang };
  }

  #setState(state: SpeechState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.dispatchEvent(new CustomEvent('statechange', { detail: { state } }));
  }
}

function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(2, Math.max(0.5, rate)) : 1;
}
