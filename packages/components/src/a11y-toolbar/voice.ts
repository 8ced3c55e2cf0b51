// 语音朗读 in the toolbar's bar: 连读 (the whole article, play / pause / stop, speed) and 指读
// (what the pointer rests on or the focus reaches). The controls are part of the panel; the
// speech module loads on first use (dynamic import), so opening the bar does not download it.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SpeechReader, SpeechResult, SpeechState } from './speech.js';
import { rates, type A11ySettings } from './settings.js';

/** What the voice controls need of the panel that holds them. */
export interface VoiceHost extends ReactiveControllerHost, HTMLElement {
  settings: A11ySettings;
  change(change: A11ySettings): void;
  opener?: { readingRoot?: Element | null };
}

/** The line the status region shows: a state of 连读, or why nothing can be read. */
const told = { idle: 'stopped', playing: 'reading', paused: 'paused' } as const;

/**
 * What 朗读全文 reads when no `<qx-article-tools>` named an article: the page's one `<article>`,
 * else its `<main>`, else the body (a listing page has many articles: reading one would surprise).
 */
function pageRoot(): Element {
  const articles = document.querySelectorAll('article');
  return (articles.length == 1 && articles[0]) || document.querySelector('main') || document.body;
}

/** The language of `el`: the nearest `lang` attribute, crossing shadow roots to their hosts. */
function langOf(el: Element): string {
  for (let at: Node | null = el; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    const lang = at instanceof Element && at.getAttribute('lang');
    if (lang) return lang;
  }
  return document.documentElement.lang || 'zh-CN';
}

/** The panel's message for each reason reading cannot start or go on. */
const failureKeys = {
  'no-voice': 'noVoice',
  'not-allowed': 'notAllowed',
  unsupported: 'unsupported',
  empty: 'empty',
} as const;

/**
 * The voice controls' state and actions, as a Lit controller of the panel. One reader serves
 * 连读 and 指读, so one voice speaks at a time; 指读 stays silent while an article is being read
 * or is paused (moving the pointer to 暂停 must not end the article).
 *
 * Closing the bar does not stop reading: the article goes on while the visitor reads along,
 * as with the 读屏 toolbars of other portals, and 指读 stays on until switched off. 停止 and
 * 重置 stop it; removing the panel from the page does too.
 */
export class VoiceControls implements ReactiveController {
  /** The state of 连读 (指读's short reads do not change it). */
  state: SpeechState = 'idle';
  /** The status line: a key of the panel's strings, '' before anything was read. */
  message = '';
  readonly #host: VoiceHost;
  #loading?: Promise<SpeechReader>;
  #reader?: SpeechReader;
  /** Whether the reader's current text is 连读's. */
  #all = false;
  /** The element 指读 read last: moving within it reads nothing new. */
  #last?: Element;

  constructor(host: VoiceHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The reader, made on first use at the saved speed. */
  reader(): Promise<SpeechReader> {
    return (this.#loading ??= import('./speech.js').then(({ SpeechReader }) => {
      const reader = new SpeechReader({ rate: this.#host.settings.rate ?? 1 });
      reader.addEventListener('statechange', () => {
        if (!this.#all) return;
        this.state = reader.state;
        this.#tell(told[reader.state]);
      });
      // Refused after it started (no click on the page yet): told like any other failure.
      reader.addEventListener('unavailable', ({ detail }) => {
        if (detail.reason == 'not-allowed') this.#tell(failureKeys[detail.reason]);
      });
      return (this.#reader = reader);
    }));
  }

  /** 连读: reads `root` (default: the article named by 朗读全文, else the page's) from the start. */
  async read(root?: Element): Promise<void> {
    this.#all = true;
    const reader = await this.reader();
    this.#result(await reader.readAll(root ?? this.#host.opener?.readingRoot ?? pageRoot()));
  }

  /** 暂停 / 继续. */
  pause(): void {
    const reader = this.#reader;
    if (this.state == 'playing') reader?.pause();
    else if (this.state == 'paused') reader?.resume();
  }

  stop(): void {
    this.#reader?.stop();
  }

  /** 指读: speaks `text`, the text of `el`, in `el`'s language, unless it was the last one read. */
  async point(el: Element, text: string): Promise<void> {
    if (!this.#host.settings.speak || this.state != 'idle' || el == this.#last) return;
    this.#last = el;
    this.#all = false;
    this.#result(await (await this.reader()).speak(text, langOf(el)));
  }

  hostUpdated(): void {
    // A speed chosen (or reset): the current piece goes on at it.
    const rate = this.#host.settings.rate ?? 1;
    if (this.#reader && this.#reader.rate != rate) this.#reader.rate = rate;
    if (!this.#host.settings.speak) this.#last = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** A failure is shown and announced: the control never fails silently. */
  #result(result: SpeechResult): void {
    if (!result.ok) this.#tell(failureKeys[result.reason]);
  }

  #tell(message: string): void {
    this.message = message;
    this.#host.requestUpdate();
  }

  /** The controls, in the bar: `t` gives the panel's strings, `lang` is the bar's language. */
  render(t: (key: string) => string, lang: string) {
    const s = this.#host.settings;
    const idle = this.state == 'idle';
    // pressed: a choice (aria-pressed); disabled: 暂停 and 停止 with nothing to pause or stop,
    // still focusable (aria-disabled), so the focus stays where it was when reading ends.
    const button = (label: string, click: () => unknown, pressed?: boolean, disabled = false) =>
      html`<button
        type="button"
        part="tool"
        aria-pressed=${pressed == undefined ? nothing : String(pressed)}
        aria-disabled=${disabled ? 'true' : nothing}
        @click=${click}
      >
        ${label}
      </button>`;
    return html`<div role="group" part="group" aria-labelledby="voice">
        <span id="voice" part="group-label">${t('voice')}</span>
        ${button(t('play'), () => this.read())}
        ${button(t(this.state == 'paused' ? 'resume' : 'pause'), () => this.pause(), undefined, idle)}
        ${button(t('stop'), () => this.stop(), undefined, idle)}
      </div>
      <div role="group" part="group" aria-labelledby="rate">
        <span id="rate" part="group-label">${t('rate')}</span>
        ${rates.map((rate) =>
          button(`${rate}×`, () => this.#host.change({ rate }), (s.rate ?? 1) == rate),
        )}
      </div>
      ${button(
        t('point'),
        () => {
          this.#host.change({ speak: !s.speak });
          // Switched on, it says so: and a browser without a voice tells it at once.
          if (!s.speak && idle) void this.#say(t('point'), lang);
        },
        !!s.speak,
      )}
      <span role="status" part="voice-status">${this.message && t(this.message)}</span>`;
  }

  async #say(text: string, lang: string): Promise<void> {
    this.#all = false;
    this.#result(await (await this.reader()).speak(text, lang));
  }
}
