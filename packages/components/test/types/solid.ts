// Compiled by test/types.test.js against dist/types/solid.d.ts (and a stub of solid-js when it
// is not installed), never run.
import type { JSX } from 'solid-js';
import type {} from '@qiaoxin/components/types/solid';

type Tags = JSX.IntrinsicElements;

export const ok: Tags['qx-pagination'] = { current: 2, total: '9', 'href-template': '/p/{page}' };
export const locale: JSX.CustomEvents['qx-locale-change']['detail']['locale'] = 'en';
// @ts-expect-error hide-label is a boolean
export const wrong: Tags['qx-breadcrumbs'] = { 'hide-label': 'no' };
