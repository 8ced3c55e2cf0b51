/**
 * One component's built-in strings in each language, under its own key group
 * (`breadcrumbs.label`, `stat.about`, …). Each component registers only its own group, so a
 * page that loads one element does not download every element's strings.
 */
export interface Strings {
  readonly group: string;
  readonly 'zh-CN': Readonly<Record<string, string>>;
  /**
   * Traditional characters, for zh-Hant, zh-TW, zh-HK and zh-MO pages; a missing key falls back
   * to zh-CN. The built-in groups leave it out: their zh-Hant strings are one module of their
   * own (./strings/zh-hant.ts), loaded only when needed, so no element's bundle carries them.
   */
  readonly 'zh-Hant'?: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}
