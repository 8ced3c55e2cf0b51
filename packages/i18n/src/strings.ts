/**
 * One component's built-in strings in every language, under its own key group
 * (`breadcrumbs.label`, `stat.about`, …). Each component registers only its own group, so a
 * page that loads one element does not download every element's strings.
 */
export interface Strings {
  readonly group: string;
  readonly 'zh-CN': Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}
