export { i18n, getLocale, setLocale, namespace } from './instance.js';
export { LocaleController } from './controller.js';
export { locales, defaultLocale, resolveLocale, langOf, type Locale } from './locale.js';
export { zhCN } from './resources/zh-CN.js';
export { en } from './resources/en.js';
export type { Resources } from './resources/zh-CN.js';
