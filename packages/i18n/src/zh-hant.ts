/**
 * `@qiaoxin/i18n/zh-hant.js`: importing it adds the zh-Hant strings of every built-in element
 * to the shared instance, at once. Without it, setLocale('zh-Hant') and pages that start in
 * zh-Hant load them by themselves (a chunk of their own, see loadZhHant), showing zh-CN
 * strings until they arrive; a zh-Hant page imports this so its first render is traditional.
 */
import { addZhHant, i18n } from './instance.js';
import { zhHantStrings } from './strings/zh-hant.js';

export { zhHantStrings, type ZhHantStrings } from './strings/zh-hant.js';

addZhHant(i18n, zhHantStrings);
