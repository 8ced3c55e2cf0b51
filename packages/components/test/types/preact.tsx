/** @jsxImportSource preact */
// Compiled by test/types.test.js against dist/types/preact.d.ts and the real preact package,
// never run. Each `@ts-expect-error` must meet an error, or the compile (and the test) fails.
import type { JSX } from 'preact';
import type {} from '@qiaoxin/components/types/preact';

type Tags = JSX.IntrinsicElements;

export const ok = (
  <>
    <qx-bilingual-header
      name-zh="重庆市归国华侨联合会"
      hide-toggle
      onqx-locale-change={(event) =>
        void (event.detail.locale satisfies 'en' | 'zh-CN' | 'zh-Hant')
      }
    />
    <qx-breadcrumbs hide-label ref={(el) => void el?.hideLabel} />
    <qx-stat-counter notation="compact" value={67} />
    <qx-elder-mode
      onqx-elder-mode-change={(event) => void (event.detail.enabled satisfies boolean)}
    />
  </>
);
export const props: Tags['qx-pagination'] = { current: 2, 'href-template': '/p/{page}' };

export const wrong = (
  <>
    {/* @ts-expect-error name-zh is a string */}
    <qx-bilingual-header name-zh={123} />
    {/* @ts-expect-error hide-toggle is a boolean */}
    <qx-bilingual-header hide-toggle="yes" />
    {/* @ts-expect-error hide-label is a boolean */}
    <qx-breadcrumbs hide-label="x" />
    {/* @ts-expect-error notation is 'standard' | 'compact' */}
    <qx-stat-counter notation="huge" />
  </>
);
