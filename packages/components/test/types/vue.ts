// Compiled by test/types.test.js against dist/types/vue.d.ts and the real vue package, never run.
// Vue's language tools (vue-tsc, Volar) camelize a template's `:name-zh="…"` to `nameZh` before
// they look it up in the component's props, so the props must be declared camelCase: a
// hyphenated key is never matched and anything goes. The consumer tests check the same with
// vue-tsc on real templates. Each `@ts-expect-error` must meet an error.
import type { GlobalComponents } from 'vue';
import type {} from '@qiaoxin/components/types/vue';

type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];

export const header: Props<'qx-bilingual-header'> = {
  nameZh: '重庆市归国华侨联合会',
  nameEn: 'Chongqing Federation of Returned Overseas Chinese',
  alternateHref: '/en/',
  hideToggle: true,
  onQxLocaleChange: (event) => void (event.detail.locale satisfies 'en' | 'zh-CN' | 'zh-Hant'),
};
export const trail: Props<'qx-breadcrumbs'> = { hideLabel: true, separator: '>' };
export const counter: Props<'qx-stat-counter'> = { notation: 'standard', static: true };
export const listener: Props<'qx-site-nav'> = {
  onQxNavToggle: (event) => void (event.detail.open satisfies boolean),
};

// @ts-expect-error name-zh is a string
export const name: Props<'qx-bilingual-header'> = { nameZh: 123 };
// @ts-expect-error hide-toggle is a boolean
export const toggle: Props<'qx-bilingual-header'> = { hideToggle: 'yes' };
// @ts-expect-error hide-label is a boolean
export const label: Props<'qx-breadcrumbs'> = { hideLabel: 'x' };
// @ts-expect-error notation is 'standard' | 'compact'
export const wrong: Props<'qx-stat-counter'> = { notation: 'huge' };
