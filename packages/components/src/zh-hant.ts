/**
 * `@qiaoxin/components/zh-hant.js` (also reachable as `@qiaoxin/i18n/zh-hant.js`): importing
 * it adds the zh-Hant strings of every built-in element to the shared instance, at once.
 * Without it, setLocale('zh-Hant') and pages that start in zh-Hant load them by themselves (a
 * chunk of their own, see ./internal/zh-hant.ts), showing zh-CN strings until they arrive; a
 * zh-Hant page imports this so its first render is traditional. Like registerStrings, it
 * keeps zh-Hant strings a site has already added for the same keys.
 */
import { i18n, namespace } from '@qiaoxin/i18n';
import zhHantStrings from './internal/zh-hant.generated.js';

export { zhHantStrings };
export type { ZhHantStrings } from './strings.js';

i18n.addResourceBundle('zh-Hant', namespace, zhHantStrings, true, false);
