// The share panel of <qx-article-tools>, loaded when 分享 is first pressed: most readers never
// open it, so its markup, styles, address checks and clipboard code are not in the element.
import { css, html, nothing, type TemplateResult } from 'lit';
import { registerStrings } from '@qiaoxin/i18n';
import {
  borderWidthThin,
  colorBorder,
  colorLink,
  radiusMd,
  space1,
  space3,
} from '@qiaoxin/tokens/lit.js';
import { isSafeUrl } from '../internal/safe-url.js';
import { visuallyHidden } from '../internal/styles.js';
import { warn } from '../internal/warn.js';
import { articleToolsMoreStrings } from './more-strings.js';
import type { QxArticleTools } from './qx-article-tools.js';

registerStrings(articleToolsMoreStrings);

const panelStyles = css`
  [part='panel'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${space3};
    flex-basis: 100%;
    padding: ${space3};
    border: ${borderWidthThin} solid ${colorBorder};
    border-radius: ${radiusMd};
  }
  .qr {
    display: grid;
    justify-items: center;
    gap: ${space1};
    margin: 0;
  }
  .qr:not([data-filled]) {
    display: none;
  }
  ::slotted([slot='qr']) {
    inline-size: 8em;
    block-size: 8em;
  }
  a {
    color: ${colorLink};
  }
  .url {
    flex-basis: 100%;
    overflow-wrap: anywhere;
    user-select: all;
  }
`;

/** Hosts already set up: the panel's styles adopted, Escape listened to. */
const ready = new WeakSet<QxArticleTools>();
/** The last bad `url` each host warned about, so a re-render does not warn again. */
const warned = new WeakMap<QxArticleTools, string>();

/** The address to share: `url` when it is an http(s) address, else (with a warning) the page's. */
export function shareUrl(host: QxArticleTools): string {
  const given = host.url?.trim();
  if (!given) return location.href;
  let url: URL | undefined;
  try {
    url = new URL(given, location.href);
  } catch {
    // Not an address at all: warned below.
  }
  if (url && isSafeUrl(given) && /^https?:$/.test(url.protocol)) return url.href;
  if (warned.get(host) !== given) {
    warn(host, `ignored url "${given}": not an http(s) address; sharing this page instead.`);
  }
  warned.set(host, given);
  return location.href;
}

function setUp(host: QxArticleTools): void {
  ready.add(host);
  const root = host.shadowRoot as ShadowRoot;
  root.adoptedStyleSheets = [
    ...root.adoptedStyleSheets,
    ...[visuallyHidden, panelStyles].map((sheet) => sheet.styleSheet as CSSStyleSheet),
  ];
  // Escape closes the panel from anywhere inside the element and gives focus back to 分享.
  host.addEventListener('keydown', (event) => {
    if (event.key != 'Escape' || !host._open) return;
    host._open = false;
    root.querySelector<HTMLElement>('[part=share]')?.focus();
  });
}

/** Hides the QR figure and its caption while the page slotted no code. */
function onQr(event: Event): void {
  const slot = event.target as HTMLSlotElement;
  slot.parentElement?.toggleAttribute('data-filled', slot.assignedElements().length > 0);
}

/**
 * The panel: the page's QR code for WeChat, plain share links for Weibo and QQ (links only,
 * no third-party script, opened in a new tab without `window.opener` or a referrer) and
 * 复制链接, whose failure shows the address to copy by hand.
 */
export function panel(host: QxArticleTools, t: (key: string) => string): TemplateResult {
  if (!ready.has(host)) setUp(host);
  const url = shareUrl(host);
  const title = host.shareTitle?.trim() || document.title;
  const q = `url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
  const link = (name: string, href: string) =>
    html`<a part="link" class=${name} href=${href} target="_blank" rel="noopener noreferrer"
      >${t(`articleToolsMore.${name}`)}<span class="visually-hidden"
        >${t('articleToolsMore.newTab')}</span
      ></a
    >`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      host._message = 'copied';
    } catch {
      // Refused: no permission, an insecure page, no clipboard API.
      host._message = 'copyFailed';
    }
  };
  return html`<div part="panel" id="panel">
    <figure class="qr">
      <slot name="qr" @slotchange=${onQr}></slot>
      <figcaption>${t('articleToolsMore.wechat')}</figcaption>
    </figure>
    ${link('weibo', `https://service.weibo.com/share/share.php?${q}`)}
    ${link('qq', `https://connect.qq.com/widget/shareqq/index.html?${q}`)}
    <button part="copy" type="button" @click=${copy}>${t('articleToolsMore.copy')}</button>
    ${host._message == 'copyFailed' ? html`<span class="url">${url}</span>` : nothing}
  </div>`;
}
