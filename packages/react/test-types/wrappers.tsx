// Compiled by `tsc -p tsconfig.json` (npm test / typecheck), never run. Each
// `@ts-expect-error` must meet an error, so a wrapper that lost its prop or event types fails.
import { createRef } from 'react';
import {
  QxBilingualHeader,
  QxElderMode,
  QxSiteNav,
  QxStatCounter,
  type QxBilingualHeaderElement,
  type QxLocaleChangeDetail,
} from '@qiaoxin/react';

const ref = createRef<QxBilingualHeaderElement>();

export const ok = (
  <>
    <QxBilingualHeader
      ref={ref}
      nameZh="中国侨联"
      nameEn="All-China Federation of Returned Overseas Chinese"
      hideToggle={false}
      onQxLocaleChange={(event) => {
        const locale: 'en' | 'zh-CN' | 'zh-Hant' = event.detail.locale;
        const detail: QxLocaleChangeDetail = event.detail;
        void [locale, detail];
        event.preventDefault();
      }}
    />
    <QxSiteNav open onQxNavToggle={(event) => void (event.detail.open satisfies boolean)} />
    <QxElderMode onQxElderModeChange={(event) => void (event.detail.enabled satisfies boolean)} />
    <QxStatCounter value={67} notation="compact" onQxCountEnd={(event) => void event.type} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error nameZh is a string */}
    <QxBilingualHeader nameZh={42} />
    {/* @ts-expect-error hideToggle is a boolean */}
    <QxBilingualHeader hideToggle="yes" />
    {/* @ts-expect-error notation is 'standard' | 'compact' */}
    <QxStatCounter notation="huge" />
    <QxBilingualHeader
      // @ts-expect-error the detail has `locale`, not `language`
      onQxLocaleChange={(event) => event.detail.language}
    />
    {/* @ts-expect-error <qx-site-nav> fires no qx-locale-change */}
    <QxSiteNav onQxLocaleChange={() => {}} />
  </>
);
