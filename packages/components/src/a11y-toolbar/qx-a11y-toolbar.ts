import { LitElement, html, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { a11yToolbarStrings } from './strings.js';
import { elderModeStyles } from '../elder-mode/qx-elder-mode.styles.js';
import type { QxA11yPanel } from './panel.js';
import { a11yToolbarShortcut } from './shortcut.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(a11yToolbarStrings);

/** Alt+Shift+Z, by key position (event.code), so it works on every keyboard layout and on macOS. */
const isShortcut = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyZ';

/**
 * @tagname qx-a11y-toolbar
 * @summary The 无障碍 button in a portal's header: opens the accessibility toolbar (无障碍工具条) with text size, colour schemes, large cursor, reading guide and captions, as 重庆市侨联's header offers beside 长者模式.
 *
 * Put it in the header's `actions` slot: `<qx-a11y-toolbar slot="actions"></qx-a11y-toolbar>`.
 * Pressing it, or the keyboard shortcut **Alt+Shift+Z** (⌥⇧Z on macOS; chosen because browsers
 * and screen readers leave it free), opens a bar at the top of the page. The tools load then,
 * from a separate module (`a11y-toolbar/panel.js`): the unopened button costs under 1 KB.
 * Escape or 关闭 closes the bar and returns focus to this button.
 *
 * The visitor's choices are saved in localStorage (`qx-a11y`, JSON) and applied as
 * `data-qx-scale`, `data-qx-scheme` and `data-qx-cursor` on `<html>`, where tokens.css switches
 * the `--qx-*` tokens. Apply them before first paint with `applySavedA11ySettings()` or by
 * inlining `a11yBootScript` in `<head>`.
 *
 * Elder mode (`<qx-elder-mode>`, `data-qx-elder`) is kept: the toolbar shows it as 125 % and
 * high contrast selected. The first change of size or colours in the toolbar takes it over:
 * elder mode is switched off and the toolbar's own settings, starting from 125 % and high
 * contrast, apply instead. 重置 (reset) switches elder mode off too.
 *
 * The large cursor's images are the package's `@qiaoxin/components/cursors/black.svg` and
 * `white.svg`, served by the site: set `cursor-base` to the URL of their folder, or set
 * `--qx-cursor-black` / `--qx-cursor-white` (`url(…) 4 2, auto`) in the site's CSS.
 *
 * `<qx-article-tools>`' 朗读全文 dispatches `qx-read-aloud` (`detail.root`: the article): this
 * element takes it (`preventDefault()`), opens the toolbar and keeps the article in
 * `readingRoot` for voice reading.
 *
 * @csspart button - The 无障碍 button (`aria-expanded`).
 * @csspart label - The button's text.
 *
 * @cssprop [--qx-elder-mode-font-size=var(--qx-font-size-md)] - Text size of the button (shared with `<qx-elder-mode>`, which it looks like).
 * @cssprop [--qx-elder-mode-color=var(--qx-color-text)] - Text colour of the button (shared with `<qx-elder-mode>`).
 */
export class QxA11yToolbar extends LitElement {
  // <qx-elder-mode>'s stylesheet: the two buttons sit side by side and look alike, and a page
  // that has one downloads the styles once.
  static override styles = elderModeStyles;

  // focus() on the element focuses its button: the panel returns focus here on close.
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    cursorBase: { attribute: 'cursor-base' },
  };

  /** Whether the toolbar is open; setting it opens or closes the bar. */
  open = false;

  /** URL of the folder that serves `black.svg` and `white.svg`, the large cursors, e.g. `/assets/cursors`. */
  cursorBase?: string;

  /** The element a `qx-read-aloud` event asked to read aloud (an article), for voice reading; null before. */
  readingRoot: Element | null = null;

  readonly #l10n = new LocaleController(this);

  #panel?: Promise<QxA11yPanel>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('qx-read-aloud', this.#onReadAloud);
    // The guide and captions are scripts: a visitor who left them on gets them back on load.
    // A plain look at the saved text: the panel validates it (this element stays under 1 KB).
    try {
      if (/"(guide|captions)":true/.test(localStorage.getItem('qx-a11y') ?? '')) void this.panel();
    } catch {
      // Storage blocked: nothing was saved either.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('qx-read-aloud', this.#onReadAloud);
  }

  override render() {
    return html`<button
      part="button"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-keyshortcuts=${a11yToolbarShortcut}
      @click=${() => (this.open = !this.open)}
    >
      <span part="label" lang=${this.#l10n.lang}>${this.#l10n.t('a11yToolbar.label')}</span>
    </button>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const base = this.cursorBase?.replace(/\/$/, '');
    if (changed.has('cursorBase') && base) {
      for (const colour of ['black', 'white']) {
        document.documentElement.style.setProperty(
          `--qx-cursor-${colour}`,
          `url("${base}/${colour}.svg") 4 2, auto`,
        );
      }
    }
    if (changed.has('open') && (this.open || this.#panel)) {
      void this.panel().then((panel) => (this.open ? panel.show(this) : panel.hide()));
    }
  }

  /** The toolbar's panel, loaded (once) on first use. */
  panel(): Promise<QxA11yPanel> {
    return (this.#panel ??= import('./panel.js').then((m) => m.panelFor(this)));
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    if (!isShortcut(event)) return;
    event.preventDefault();
    this.open = !this.open;
  };

  readonly #onReadAloud = (event: Event): void => {
    const root = (event as CustomEvent<{ root?: unknown }>).detail?.root;
    if (event.defaultPrevented || !(root instanceof Element)) return;
    event.preventDefault();
    this.readingRoot = root;
    this.open = true;
  };
}
