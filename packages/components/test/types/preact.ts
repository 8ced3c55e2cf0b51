// Compiled by test/types.test.js against dist/types/preact.d.ts (and a stub of preact when it
// is not installed), never run.
import type { JSX } from 'preact';
import type {} from '@qiaoxin/components/types/preact';

type Tags = JSX.IntrinsicElements;

export const ok: Tags['qx-stat-counter'] = { notation: 'compact', value: 67 };
export const listener: Tags['qx-elder-mode'] = {
  'onqx-elder-mode-change': (event) => void (event.detail.enabled satisfies boolean),
};
// @ts-expect-error notation is 'standard' | 'compact'
export const wrong: Tags['qx-stat-counter'] = { notation: 'huge' };
