import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { LocaleController, registerStrings } from '@qiaoxin/i18n';
import { elderModeStrings } from './strings.js';
import { warn } from '../internal/warn.js';
import { elderModeAttribute, elderModeKey, readElderMode } from './apply.js';
import { elderModeStyles } from './qx-elder-mode.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(elderModeStrings);

/**
 * @tagname qx-elder-mode
 * @summary The 适老化 switch: "长者模式" turns on larger text (1.25× or more) and a high-contrast palette for the whole page, remembered across pages.
 *
 * Pressing it toggles `data-qx-elder` on `<html>`, where tokens.css switches every `--qx-*`
 * font size and colour to its elder-mode value, so the page and every component follow.
 * The choice is saved in localStorage (`qx-elder-mode`: "on" / "off") and restored on
 * connect; run `applySavedElderMode()` early in `<head>` to avoid a flash of small text.
 *
 * @csspart button - The toggle button (`aria-pressed`).
 * @csspart indicator - The box beside the label that shows a tick when on.
 * @csspart label - The button's text.
 * @csspart status - The polite live region that announces the new state (visually hidden).
 *
 * @cssprop [--qx-elder-mode-font-size=var(--qx-font-size-md)] - Text size of the button.
 * @cssprop [--qx-elder-mode-color=var(--qx-color-text)] - Text colour when off.
 * @cssprop [--qx-elder-mode-active-color=var(--qx-color-primary)] - Background when on.
 *
 * @fires qx-elder-mode-change - Before the mode changes on a press; `detail.enabled` is the new state. Cancelable: `preventDefault()` keeps the current mode.
 */
export class QxElderMode extends LitElement {
  static override styles = elderModeStyles;

  static override properties: PropertyDeclarations = {
    enabled: { type: Boolean, reflect: true },
  };

  /** Whether elder mode is on for the page; setting it switches `<html data-qx-elder>` too. */
  enabled = false;

  /** The state last announced by a press, for the live region; none before the first press. */
  #announced?: 'on' | 'off';

  #warned = false;

  readonly #l10n = new LocaleController(this);

  /** True while server-rendered markup is being hydrated with the server's state. */
  #hydrating = false;

  override connectedCallback(): void {
    // A shadow root before the first update is declarative shadow DOM from the server.
    const serverRendered = !!this.shadowRoot && !this.hasUpdated;
    super.connectedCallback();
    if (isServer) return;
    // The saved choice wins; then the page's own state (applySavedElderMode, another switch).
    const saved = this.#storage(readElderMode);
    const enabled =
      saved ?? (document.documentElement.hasAttribute(elderModeAttribute) || this.enabled);
    if (!serverRendered) {
      this.enabled = enabled;
      return;
    }
    // Hydration adopts the server's markup as it is, without comparing it to the state; the
    // real state is applied right after, as an ordinary update that re-renders the button.
    this.#hydrating = true;
    void this.updateComplete.then(() => {
      this.#hydrating = false;
      this.enabled = enabled;
    });
  }

  override render() {
    const t = this.#l10n.t;
    // Empty text is `nothing`, not '': hydrating an empty string from server-rendered markup
    // leaves no text node, and a later value would be written into the marker comment instead.
    return html`
      <button
        part="button"
        type="button"
        aria-pressed=${this.enabled ? 'true' : 'false'}
        @click=${this.#toggle}
      >
        <span part="indicator" aria-hidden="true">${this.enabled ? '✓' : nothing}</span>
        <span part="label" lang=${this.#l10n.lang}>${t('elderMode.label')}</span>
      </button>
      <span part="status" role="status" class="visually-hidden" lang=${this.#l10n.lang}
        >${this.#announced ? t(`elderMode.${this.#announced}`) : nothing}</span
      >
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('enabled') && !this.#hydrating) {
      document.documentElement.toggleAttribute(elderModeAttribute, this.enabled);
    }
  }

  readonly #toggle = (): void => {
    const enabled = !this.enabled;
    const event = new CustomEvent('qx-elder-mode-change', {
      detail: { enabled },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    const state = enabled ? 'on' : 'off';
    this.enabled = enabled;
    this.#announced = state;
    this.#storage(() => localStorage.setItem(elderModeKey, state));
  };

  /** Runs a storage call; blocked storage (private mode, SecurityError) only warns, once. */
  #storage<T>(call: () => T): T | undefined {
    try {
      return call();
    } catch (error) {
      if (!this.#warned) warn(this, `cannot remember the choice: ${String(error)}`);
      this.#warned = true;
      return undefined;
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'qx-elder-mode-change': CustomEvent<{ enabled: boolean }>;
  }
}
