import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { a11yPanelStrings } from './strings.js';
import {
  applyA11ySettings,
  cursors,
  readA11ySettings,
  saveA11ySettings,
  scales,
  schemes,
  type A11ySettings,
} from './settings.js';
import { pointedElement, pointedText } from './pointed-text.js';
import { VoiceControls } from './voice.js';
import { panelStyles } from './panel.styles.js';
import { defineElement } from '../internal/define.js';

registerStrings(a11yPanelStrings);

/** What the panel needs of the `<qx-a11y-toolbar>` that opened it. */
interface Opener extends HTMLElement {
  open: boolean;
  /** The article `<qx-article-tools>`' 朗读全文 named, read by the bar's 朗读全文 too. */
  readingRoot?: Element | null;
}

const root = () => document.documentElement;

/** Turns elder mode off: its switches, `<html data-qx-elder>` and the saved choice. */
function elderOff(): void {
  for (const el of document.querySelectorAll<HTMLElement & { enabled: boolean }>('qx-elder-mode'))
    el.enabled = false;
  root().removeAttribute('data-qx-elder');
  try {
    localStorage.setItem('qx-elder-mode', 'off');
  } catch {
    // Storage blocked: elder mode was not saved either.
  }
}

/** Settings without their defaults, as saved: `{}` is a page as its site made it. */
function trim(settings: A11ySettings): A11ySettings {
  const { scale, scheme, cursor, guide, captions, speak, rate } = settings;
  return {
    ...(scale && scale !== '1' && { scale }),
    ...(scheme && scheme !== 'default' && { scheme }),
    ...(cursor && { cursor }),
    ...(guide && { guide }),
    ...(captions && { captions }),
    ...(speak && { speak }),
    ...(rate && rate !== 1 && { rate }),
  };
}

/**
 * The accessibility toolbar's bar and its page-wide tools, loaded when `<qx-a11y-toolbar>` is
 * first opened (or on load, when the visitor left the reading guide, captions or 指读 on). One per
 * page, first in `<body>`: the bar takes its place at the top of the page, pushing the page
 * down rather than covering it, and the reading guide and caption bar are fixed over the page.
 *
 * 语音朗读 (voice reading, `voice.ts`): 连读 reads the article named by `<qx-article-tools>`'
 * 朗读全文 (the opener's `readingRoot`), else the page's one `<article>`, else `<main>`, with
 * 暂停/继续, 停止 and a speed (0.75× to 1.5×, saved); 指读 speaks what the pointer enters or
 * the focus reaches, in its language. The speech module loads when voice is first used. A
 * browser without `speechSynthesis`, or without a voice for the language, is told in the
 * status line. Closing the bar keeps reading (the visitor reads along); 停止 and 重置 stop it.
 *
 * @csspart bar - The bar of tools (a labelled region), hidden while closed.
 * @csspart guide - The reading guide, a horizontal ruler at the pointer.
 * @csspart captions - The caption bar, showing the pointed or focused text in 40 px type or larger.
 * @csspart voice-status - Voice reading's status line (a polite live region): reading, paused, stopped, or why it cannot read.
 */
export class QxA11yPanel extends LitElement {
  static override styles = panelStyles;

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    settings: { attribute: false },
    caption: { state: true },
  };

  /** Whether the bar shows. */
  open = false;

  /** The visitor's settings; set through the buttons, read from storage on creation. */
  settings: A11ySettings = readA11ySettings();

  /** The text the caption bar shows. */
  caption = '';

  /** The toolbar that opened the bar: it gets the focus back on close. */
  opener?: Opener;

  /** Voice reading: 连读 (`voice.read(root)`, pause, stop) and 指读. */
  readonly voice = new VoiceControls(this);

  readonly #l10n = new LocaleController(this);

  // Elder mode switched elsewhere (<qx-elder-mode>) changes what the bar shows as selected.
  readonly #elder = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.#elder.observe(root(), { attributes: true, attributeFilter: ['data-qx-elder'] });
    document.addEventListener('pointermove', this.#onMove, { passive: true });
    document.addEventListener('pointerover', this.#onPoint, { passive: true });
    document.addEventListener('focusin', this.#onPoint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#elder.disconnect();
    document.removeEventListener('pointermove', this.#onMove);
    document.removeEventListener('pointerover', this.#onPoint);
    document.removeEventListener('focusin', this.#onPoint);
  }

  /** Opens the bar for `opener` and moves the focus to its first tool. */
  async show(opener: Opener): Promise<void> {
    this.opener = opener;
    const lang = opener.getAttribute('lang');
    if (lang) this.setAttribute('lang', lang);
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector('button')?.focus();
  }

  /** Closes the bar; the guide and captions stay as set. */
  hide(): void {
    this.open = false;
  }

  /** Closes the bar and returns the focus to the button that opened it. */
  close(): void {
    this.hide();
    if (this.opener) {
      this.opener.open = false;
      this.opener.focus();
    }
  }

  /** Back to the page as its site made it: every tool off, elder mode too, reading stopped. */
  reset(): void {
    this.voice.stop();
    if (root().hasAttribute('data-qx-elder')) elderOff();
    this.#save({});
  }

  /** Changes some settings, applies them to the page at once and saves them. */
  change(change: A11ySettings): void {
    let next = this.settings;
    if (('scale' in change || 'scheme' in change) && root().hasAttribute('data-qx-elder')) {
      // The toolbar takes elder mode over: its size and colours, as the toolbar's own.
      next = { scale: '1.25', scheme: 'high-contrast', ...next };
      elderOff();
    }
    this.#save(trim({ ...next, ...change }));
  }

  #save(settings: A11ySettings): void {
    this.settings = settings;
    applyA11ySettings(settings);
    saveA11ySettings(settings);
    if (!settings.captions) this.caption = '';
  }

  override render() {
    const t = (key: string) => this.#l10n.t(`a11yPanel.${key}`);
    const elder = root().hasAttribute('data-qx-elder');
    const s = this.settings;
    const scale = s.scale ?? (elder ? '1.25' : '1');
    const scheme = s.scheme ?? (elder ? 'high-contrast' : 'default');
    const button = (label: string, pressed: boolean, change: A11ySettings) =>
      html`<button
        type="button"
        part="tool"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => this.change(change)}
      >
        ${label}
      </button>`;
    const group = (name: string, buttons: TemplateResult[]) =>
      html`<div role="group" part="group" aria-labelledby=${name}>
        <span id=${name} part="group-label">${t(name)}</span>${buttons}
      </div>`;
    return html`
      <div
        part="bar"
        role="region"
        aria-label=${t('region')}
        lang=${this.#l10n.lang}
        ?hidden=${!this.open}
        @keydown=${this.#onKey}
      >
        ${group(
          'size',
          scales.map((v) => button(`${+v * 100}%`, scale === v, { scale: v })),
        )}
        ${group(
          'scheme',
          schemes.map((v) => button(t(v), scheme === v, { scheme: v })),
        )}
        ${group('cursor', [
          button(t('off'), !s.cursor, { cursor: undefined }),
          ...cursors.map((v) => button(t(v), s.cursor === v, { cursor: v })),
        ])}
        ${button(t('guide'), !!s.guide, { guide: !s.guide })}
        ${button(t('captions'), !!s.captions, { captions: !s.captions })}
        ${this.voice.render(t, this.#l10n.lang)}
        <button type="button" part="reset" @click=${() => this.reset()}>${t('reset')}</button>
        <button type="button" part="close" @click=${() => this.close()}>${t('close')}</button>
      </div>
      <div part="guide" aria-hidden="true" ?hidden=${!s.guide}></div>
      <div part="captions" aria-hidden="true" ?hidden=${!s.captions || !this.caption}>
        ${this.caption}
      </div>
    `;
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close();
  };

  /** The guide follows the pointer: moved by a transform (CSSOM, allowed by a strict CSP). */
  readonly #onMove = (event: PointerEvent): void => {
    if (!this.settings.guide) return;
    const guide = this.renderRoot.querySelector<HTMLElement>('[part=guide]');
    guide?.style.setProperty('transform', `translateY(${Math.round(event.clientY)}px)`);
  };

  /** The caption bar shows, and 指读 speaks, the text of what the pointer enters or the focus reaches. */
  readonly #onPoint = (event: Event): void => {
    const { captions, speak } = this.settings;
    const target = event.composedPath()[0];
    const at = (captions || speak) && target instanceof Element && pointedElement(target);
    const text = at ? pointedText(at) : '';
    if (!at || !text) return;
    if (captions) this.caption = text;
    if (speak) void this.voice.point(at, text);
  };
}

defineElement('qx-a11y-panel', QxA11yPanel);

/** The page's panel, made (first in `<body>`) on first use. */
export function panelFor(opener: Opener): QxA11yPanel {
  let panel = document.querySelector('qx-a11y-panel');
  // A bar left by a toolbar that is gone (a re-rendered header, another story) is replaced,
  // so the new one starts from what is saved now.
  if (panel?.opener && !panel.opener.isConnected && opener.isConnected) {
    panel.remove();
    panel = null;
  }
  if (!panel) {
    panel = document.createElement('qx-a11y-panel');
    document.body.prepend(panel);
  }
  panel.opener ??= opener;
  return panel;
}

declare global {
  interface HTMLElementTagNameMap {
    'qx-a11y-panel': QxA11yPanel;
  }
}
