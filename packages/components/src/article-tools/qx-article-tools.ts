import { LitElement, html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { articleToolsStrings } from './strings.js';
import { articleToolsStyles } from './qx-article-tools.styles.js';
import { warn } from '../internal/warn.js';
import type { SpeechReader, SpeechState } from '../a11y-toolbar/speech.js';

registerStrings(articleToolsStrings);

/** The three text sizes, biggest first as Chinese portals show them (【大 中 小】), and their scale. */
export const articleFontScales = { large: 1.25, medium: 1, small: 0.875 } as const;
export type ArticleFontSize = keyof typeof articleFontScales;

/** The localStorage key that remembers the text size across articles. */
export const articleFontSizeKey = 'qx-article-font-size';

/** `detail` of `qx-read-aloud`. */
export interface QxReadAloudDetail {
  /** The article to read: title, meta line and body. */
  root: Element;
}

type Message =
  'copied' | 'copyFailed' | 'noVoice' | 'unsupported' | 'reading' | 'paused' | 'stopped';

/**
 * @tagname qx-article-tools
 * @summary The tools under an article's meta line on Chinese portals: 字号【大 中 小】, 朗读全文, 打印本页 and 分享 (WeChat QR code, Weibo, QQ, copy link).
 *
 * 字号 sets `--qx-article-font-scale` (1.25, 1 or 0.875) and a matching `font-size` in `em`
 * on the body element named by `for`, through the CSSOM (no style attribute, so strict CSP
 * allows it), and remembers the choice in localStorage (`qx-article-font-size`). Text in the
 * body with a size of its own follows when its rule multiplies by the property.
 *
 * 朗读全文 fires `qx-read-aloud`; the accessibility toolbar claims it with `preventDefault()`
 * and reads in its own bar. Unclaimed, the element reads the article itself with the speech
 * module, loaded only then, and shows pause, resume and stop, or why it cannot read.
 *
 * @slot qr - The page's WeChat QR code, an `<svg>` or `<img>` made when the site is built; the element never makes one.
 *
 * @csspart base - The row of tools.
 * @csspart size - The 字号 group; `size-button` each of its buttons (`aria-pressed`).
 * @csspart size-button - A text size button.
 * @csspart read - The 朗读全文 button, which becomes pause / resume while reading.
 * @csspart stop - The stop button, shown while reading.
 * @csspart print - The 打印本页 button.
 * @csspart share - The 分享 button (`aria-expanded`).
 * @csspart panel - The share panel: QR code, links, copy button.
 * @csspart link - The Weibo and QQ share links.
 * @csspart copy - The 复制链接 button.
 * @csspart message - The visible, announced message (copied, cannot read aloud, …).
 *
 * @cssprop [--qx-article-tools-color=var(--qx-color-text-muted)] - Text colour of the tools.
 *
 * @fires qx-read-aloud - Bubbling, composed and cancelable, on 朗读全文: `detail.root` is the article. `preventDefault()` means "I read it"; otherwise the element reads.
 */
export class QxArticleTools extends LitElement {
  static override styles = articleToolsStyles;

  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: 'for' },
    article: {},
    url: {},
    shareTitle: { attribute: 'share-title' },
    size: { attribute: false },
    _open: { state: true },
    _reading: { state: true },
    _message: { state: true },
  };

  /** The id of the article's body element, whose text 字号 sizes (the `for` attribute). */
  htmlFor?: string;
  /** The id of the article element to read aloud; default: the closest `<article>`. */
  article?: string;
  /** The address to share, http or https; default (and instead of anything else, with a warning): the page's. */
  url?: string;
  /** The title to share (`share-title`: a `title` attribute would be a tooltip over every tool); default: the page's. */
  shareTitle?: string;
  /** The chosen text size. */
  size: ArticleFontSize = 'medium';

  /** @internal Whether the share panel is open. */
  _open = false;
  /** @internal The state of reading aloud by this element. */
  _reading: SpeechState = 'idle';
  /** @internal The message shown and announced. */
  _message?: Message;
  #reader?: SpeechReader;
  #share?: typeof import('./share.js');
  #warned = false;
  readonly #l10n = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(articleFontSizeKey);
    } catch {
      // Storage blocked: the size is not remembered, the buttons still work.
    }
    if (saved && saved in articleFontScales) this.size = saved as ArticleFontSize;
    // The body comes after the tools in the page: apply once it is parsed.
    if (document.readyState == 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#applySize(), { once: true });
    } else this.#applySize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#reader?.stop();
  }

  override render() {
    const { t, lang } = this.#l10n;
    const reading = this._reading;
    const message = this._message;
    return html`<div part="base" role="group" aria-label=${t('articleTools.tools')} lang=${lang}>
      <span part="size" role="group" aria-labelledby="size">
        <span id="size">${t('articleTools.size')}</span>
        ${(Object.keys(articleFontScales) as ArticleFontSize[]).map(
          (size) =>
            html`<button
              part="size-button"
              type="button"
              aria-pressed=${this.size == size}
              @click=${() => this.#choose(size)}
            >
              ${t(`articleTools.${size}`)}
            </button>`,
        )}
      </span>
      <button part="read" type="button" @click=${this.#read}>
        ${
          reading == 'idle'
            ? t('articleTools.read')
            : t(`articleToolsMore.${reading == 'playing' ? 'pause' : 'resume'}`)
        }
      </button>
      ${
        reading == 'idle'
          ? nothing
          : html`<button part="stop" type="button" @click=${() => this.#reader?.stop()}>
              ${t('articleToolsMore.stop')}
            </button>`
      }
      <button part="print" type="button" @click=${() => print()}>${t('articleTools.print')}</button>
      <button
        part="share"
        type="button"
        aria-expanded=${this._open}
        aria-controls="panel"
        @click=${this.#toggleShare}
      >
        ${t('articleTools.share')}
      </button>
      ${this._open && this.#share ? this.#share.panel(this, t) : nothing}
      <p part="message" role="status">${message ? t(`articleToolsMore.${message}`) : nothing}</p>
    </div>`;
  }

  #choose(size: ArticleFontSize): void {
    this.size = size;
    this.#applySize();
    try {
      localStorage.setItem(articleFontSizeKey, size);
    } catch {
      // Storage blocked: this page still changes.
    }
  }

  #applySize(): void {
    const id = this.htmlFor?.trim();
    const body = id && (this.getRootNode() as Document | ShadowRoot).getElementById?.(id);
    if (!body) {
      if (!this.#warned) warn(this, `no article body: "for" must name the id of an element.`);
      this.#warned = true;
      return;
    }
    const scale = articleFontScales[this.size];
    // The CSSOM, not a style attribute: a strict style-src allows it. Medium leaves no trace.
    const style = body.style;
    style.setProperty('--qx-article-font-scale', scale == 1 ? null : String(scale));
    style.setProperty('font-size', scale == 1 ? null : `${scale}em`);
  }

  readonly #read = async (): Promise<void> => {
    const reader = this.#reader;
    if (this._reading != 'idle') {
      return this._reading == 'playing' ? reader?.pause() : reader?.resume();
    }
    const root =
      (this.article && document.getElementById(this.article)) ||
      this.closest('article') ||
      document.body;
    const claim = new CustomEvent<QxReadAloudDetail>('qx-read-aloud', {
      detail: { root },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    // Claimed: the toolbar reads it, in its own bar.
    if (!this.dispatchEvent(claim)) return;
    // The speech module loads on first use only: pages whose readers never press 朗读 skip it.
    this.#reader = (await import('./read.js')).readAloud(this, root, reader);
  };

  readonly #toggleShare = async (): Promise<void> => {
    this.#share ??= await import('./share.js');
    this._open = !this._open;
  };
}

declare global {
  interface HTMLElementEventMap {
    'qx-read-aloud': CustomEvent<QxReadAloudDetail>;
  }
}
