/**
 * One component's built-in strings in each language, under its own key group
 * (`breadcrumbs.label`, `stat.about`, …). Each component registers only its own group, so a
 * page that loads one element does not download every element's strings. The built-in
 * groups live beside their elements, in `@qiaoxin/components` (`src/<element>/strings.ts`).
 */
export interface Strings {
  readonly group: string;
  readonly 'zh-CN': Readonly<Record<string, string>>;
  /**
   * Traditional characters, for zh-Hant, zh-TW, zh-HK and zh-MO pages; a missing key falls back
   * to zh-CN. The built-in groups leave it out and give `loadZhHant` instead, so no element's
   * bundle carries strings that zh-CN and English pages never show.
   */
  readonly 'zh-Hant'?: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
  /**
   * Loads a module whose default export is zh-Hant strings keyed by group (one module may hold
   * several groups'): `() => import('./zh-hant.js')`. Called once per page, when zh-Hant is
   * first needed: `setLocale('zh-Hant')`, a page that starts in zh-Hant, or an element with a
   * zh-Hant `lang`. Give every group of a module the same function: it is called once.
   */
  readonly loadZhHant?: () => Promise<{ readonly default: object }>;
}
