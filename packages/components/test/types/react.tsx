// Compiled by test/types.test.js against dist/types/react.d.ts, never run. Each
// `@ts-expect-error` must meet an error, or the compile (and the test) fails.
import type {} from '@qiaoxin/components/types/react';

export const ok = (
  <>
    <qx-bilingual-header
      name-zh="中国侨联"
      hide-toggle
      onqx-locale-change={(event) =>
        void (event.detail.locale satisfies 'en' | 'zh-CN' | 'zh-Hant')
      }
    />
    <qx-stat-counter value={67} notation="compact" qualifier="about" duration="800" />
    <qx-section-heading level={3} more-href="/news/" className="x" />
    <qx-site-nav open onqx-nav-toggle={(event) => void (event.detail.open satisfies boolean)} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error notation is 'standard' | 'compact' */}
    <qx-stat-counter notation="huge" />
    {/* @ts-expect-error hide-toggle is a boolean */}
    <qx-bilingual-header hide-toggle={42} />
    {/* @ts-expect-error duration is a number */}
    <qx-stat-counter duration="slow" />
    {/* @ts-expect-error the detail has `locale` only */}
    <qx-bilingual-header onqx-locale-change={(event) => event.detail.language} />
  </>
);
