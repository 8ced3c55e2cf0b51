// Compiled by test/types.test.js against dist/types/vue.d.ts (and a stub of vue when it is not
// installed), never run.
import type { GlobalComponents } from 'vue';
import type {} from '@qiaoxin/components/types/vue';

type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];

export const ok: Props<'qx-stat-counter'> = { notation: 'standard', static: true };
export const listener: Props<'qx-site-nav'> = {
  onQxNavToggle: (event) => void (event.detail.open satisfies boolean),
};
// @ts-expect-error notation is 'standard' | 'compact'
export const wrong: Props<'qx-stat-counter'> = { notation: 'huge' };
