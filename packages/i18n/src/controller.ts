import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { getLocale, i18n, loadZhHant, registerStrings } from './instance.js';
import { langOf, resolveLocale, type Locale } from './locale.js';
import type { Strings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives a Lit element its language and strings, and re-renders it when either changes:
 * a `setLocale()` call, strings added with `addResourceBundle`, or its own `lang` attribute.
 * An element with its own `lang` keeps that language; any other follows the page-wide one.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  #langObserver?: MutationObserver;

  /** @param strings the host's built-in strings, registered on first use. */
  constructor(host: Host, strings?: Strings) {
    if (strings) registerStrings(strings);
    this.#host = host;
    host.addController(this);
  }

  /** The locale the host renders in. */
  get locale(): Locale {
    const own = this.#host.getAttribute('lang');
    const locale = own ? resolveLocale(own) : getLocale();
    // E.g. lang="zh-TW" on a simplified page: zh-CN strings until the zh-Hant ones are
    // added, which re-renders the host.
    if (locale === 'zh-Hant') void loadZhHant();
    return locale;
  }

  /** The `lang` attribute value for the host's built-in strings. */
  get lang(): string {
    return langOf(this.locale);
  }

  /** Translates `key` into the host's locale; a key missing in that locale falls back to zh-CN. */
  t = (key: string, options: TOptions = {}): string =>
    String(i18n.t(key, { ...options, lng: this.locale }));

  hostConnected(): void {
    i18n.on('languageChanged', this.#update);
    i18n.store.on('added', this.#update);
    // Created here, not in the constructor, so server rendering (no DOM) never needs one.
    this.#langObserver ??= new MutationObserver(this.#update);
    this.#langObserver.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this.#update);
    i18n.store.off('added', this.#update);
    this.#langObserver?.disconnect();
  }

  readonly #update = (): void => this.#host.requestUpdate();
}
