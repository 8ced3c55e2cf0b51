/**
 * What issue 17 adds around pages: the attachment list under an article, the friendly links
 * and WeChat QR code in the footer, the header banner. Its strings are a group of their own
 * (`media`), registered with the same i18next instance as the chrome's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { i18n, langOf, registerStrings, type Locale } from '@qiaoxin/i18n';
import type { Page, Site } from '../site/types.js';
import type { PageContext } from './parts.js';
import { localeText } from './routes.js';

const mediaStrings = {
  group: 'media',
  'zh-CN': {
    wechat: '微信公众号：{{name}}',
    wechatQr: '{{name}}微信公众号二维码',
  },
  // OpenCC cn→tw of zh-CN.
  'zh-Hant': {
    wechat: '微信公眾號：{{name}}',
    wechatQr: '{{name}}微信公眾號二維碼',
  },
  en: {
    wechat: 'WeChat official account: {{name}}',
    wechatQr: 'QR code of the WeChat official account {{name}}',
  },
} as const;
registerStrings(mediaStrings);

const text = (locale: Locale, key: keyof (typeof mediaStrings)['en'], name: string) =>
  String(i18n.t(`media.${key}`, { name, lng: locale }));

type Picture = { src: string; width?: number; height?: number };

/** 「附件：名称（PDF，1.2 MB）」 under a page's body: the element formats type and size. */
export function attachmentList({ locale, files }: PageContext, page: Page): TemplateResult {
  const listed = page.attachments.flatMap((a) => {
    const file = files.get(a.path);
    return file ? [{ ...a, ...file }] : [];
  });
  if (!listed.length) return html``;
  return html`<qx-attachment-list lang=${langOf(locale)}
    >${listed.map(
      (a) =>
        html`<qx-attachment href=${a.url} type=${a.kind} bytes=${a.bytes}
          >${a.name}</qx-attachment
        >`,
    )}</qx-attachment-list
  >`;
}

/** The header banner (`banner` in site.config.json), which `<qx-bilingual-header>` places. */
export function bannerImage(banner: Picture | undefined): TemplateResult | typeof nothing {
  if (!banner) return nothing;
  return html`<img
    slot="banner"
    src=${banner.src}
    alt=""
    width=${banner.width ?? nothing}
    height=${banner.height ?? nothing}
  />`;
}

/**
 * 友情链接 and the 微信公众号 QR code above the footer's lines: the groups as a disclosure
 * list (`<qx-link-groups>`, never a `<select>` that navigates on change).
 */
export function footerExtras(
  site: Site,
  locale: Locale,
  wechatQr: Picture | undefined,
): TemplateResult | typeof nothing {
  const groups = site.config.links ?? [];
  const wechat = site.config.footer.wechat;
  if (!groups.length && !(wechat && wechatQr)) return nothing;
  const lang = langOf(locale);
  return html`<div class="footer-extras">
    ${
      groups.length
        ? html`<qx-link-groups lang=${lang}
            >${groups.map(
              (g) =>
                html`<qx-link-group label=${localeText(locale, g)}
                  >${g.links.map(
                    (l) => html`<a href=${l.href}>${localeText(locale, l)}</a>`,
                  )}</qx-link-group
                >`,
            )}</qx-link-groups
          >`
        : nothing
    }
    ${
      wechat && wechatQr
        ? html`<figure class="wechat">
            <img
              src=${wechatQr.src}
              alt=${text(locale, 'wechatQr', localeText(locale, wechat.name))}
              width=${wechatQr.width ?? nothing}
              height=${wechatQr.height ?? nothing}
            />
            <figcaption>${text(locale, 'wechat', localeText(locale, wechat.name))}</figcaption>
          </figure>`
        : nothing
    }
  </div>`;
}
