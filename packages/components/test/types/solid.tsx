/** @jsxImportSource solid-js */
// Compiled by test/types.test.js against dist/types/solid.d.ts and the real solid-js package (1.x;
// Solid 2 needs Node 22), never run. Each `@ts-expect-error` must meet an error, or the compile
// (and the test) fails.
import type { JSX } from 'solid-js';
import type {} from '@qiaoxin/components/types/solid';

type Tags = JSX.IntrinsicElements;

export const ok = (
  <>
    <qx-bilingual-header
      name-zh="重庆市归国华侨联合会"
      hide-toggle
      on:qx-locale-change={(event) =>
        void (event.detail.locale satisfies 'en' | 'zh-CN' | 'zh-Hant')
      }
    />
    <qx-breadcrumbs hide-label ref={(el) => void el.hideLabel} />
    <qx-pagination current={2} total="9" href-template="/p/{page}" />
  </>
);
export const props: Tags['qx-stat-counter'] = { notation: 'compact', value: 67 };

export const wrong = (
  <>
    {/* @ts-expect-error name-zh is a string */}
    <qx-bilingual-header name-zh={123} />
    {/* @ts-expect-error hide-toggle is a boolean */}
    <qx-bilingual-header hide-toggle="yes" />
    {/* @ts-expect-error hide-label is a boolean */}
    <qx-breadcrumbs hide-label="x" />
    {/* @ts-expect-error the detail has `locale` only */}
    <qx-bilingual-header on:qx-locale-change={(event) => event.detail.language} />
  </>
);
