import { AsyncLocalStorage } from 'node:async_hooks';
import i18next from 'i18next';
import { en, zh, type MessageKey } from './catalogue.js';

/** The language of site-kit's own messages to a webmaster (not of the pages it builds). */
export type MessageLang = 'zh' | 'en';
export type { MessageKey };

/**
 * An own i18next instance (not the components' shared one, which follows the reader's page
 * language), initialised synchronously: the resources are in this module, nothing is fetched.
 */
const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  // Messages are terminal text, never HTML; formatProblem escapes control characters.
  interpolation: { escapeValue: false },
});

/**
 * The API (`loadSite`, `buildSite`) speaks English unless given `{ lang }`: programs that read
 * its messages, and their tests, must not change with the machine's locale. The CLI, which a
 * webmaster reads, sets its own default from `--lang` or the system locale.
 */
let defaultLang: MessageLang = 'en';
const current = new AsyncLocalStorage<MessageLang>();

export function setDefaultLang(lang: MessageLang): void {
  defaultLang = lang;
}

/** Runs `work` with messages in `lang` (when given), without changing anyone else's. */
export function withLang<T>(lang: MessageLang | undefined, work: () => T): T {
  return lang ? current.run(lang, work) : work();
}

export function messageLang(): MessageLang {
  return current.getStore() ?? defaultLang;
}

/** One message in the current language; `{{name}}` in the text takes `params.name`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return i18n.t(key, { ...params, lng: messageLang() });
}

/**
 * The system locale as POSIX reads it (LC_ALL, then LC_MESSAGES, then LANG; the first that is
 * set wins): English for `en…`, Chinese for anything else, the webmasters' language.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): MessageLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'zh';
}

/** `--lang` as given on the command line; undefined for anything but zh or en. */
export function parseLang(value: string | undefined): MessageLang | undefined {
  if (!value) return undefined;
  if (/^en(?:[_-].*)?$/i.test(value)) return 'en';
  if (/^zh(?:[_-].*)?$/i.test(value)) return 'zh';
  return undefined;
}
