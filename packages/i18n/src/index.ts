export { i18n, getLocale, setLocale, registerStrings, namespace } from './instance.js';
export { LocaleController } from './controller.js';
export { locales, defaultLocale, resolveLocale, langOf, type Locale } from './locale.js';
export type { Strings } from './strings.js';
