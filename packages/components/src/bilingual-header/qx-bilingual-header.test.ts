import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { getLocale, setLocale } from '@qiaoxin/i18n';
import '../bilingual-header.js';
import type { QxBilingualHeader } from '../bilingual-header.js';
import {
  brokenWords,
  captureWarnings,
  inForcedColors,
  languageChanged,
  nextUpdate,
  part,
  queuedTasks,
  switchLocale,
  visibleText,
} from '../test-utils/index.js';
import { guardNavigation, listenForLocaleChange } from '../test-utils/locale-events.js';

const zhName = '重庆市归国华侨联合会';
const enName = 'Chongqing Federation of Returned Overseas Chinese';
const emblem =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><circle cx="24" cy="24" r="22" fill="#c8102e"/></svg>',
  );

const header = (
  attrs: { href?: string; alternate?: string; lang?: string } = { href: '/' },
) => html`
  <qx-bilingual-header
    name-zh=${zhName}
    name-en=${enName}
    href=${attrs.href ?? ''}
    alternate-href=${attrs.alternate ?? ''}
    lang=${attrs.lang ?? ''}
  >
    <img slot="logo" src=${emblem} alt="" />
    <nav aria-label="栏目"><a href="/llxx/">理论学习</a> <a href="/qjfw/">侨界服务</a></nav>
  </qx-bilingual-header>
`;

const primary = (el: QxBilingualHeader) => part(el, 'name-primary')!;
const secondary = (el: QxBilingualHeader) => part(el, 'name-secondary');
const toggle = (el: QxBilingualHeader) => part(el, 'toggle')!;
const hiddenLabel = (el: QxBilingualHeader) => toggle(el).querySelector('.visually-hidden')!;

type Axe = {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
};

/** The accessible name axe-core computes for `node` (axe is loaded by the first accessible() check). */
async function accessibleName(host: QxBilingualHeader, node: Element): Promise<string> {
  await expect(host).to.be.accessible();
  const { axe } = window as unknown as { axe: Axe };
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node));
  } finally {
    axe.teardown();
  }
}

/** Does `act` (a click, a key) and waits for the page-wide switch it makes, and the re-render. */
async function switched(el: QxBilingualHeader, act: () => unknown) {
  const changed = languageChanged();
  await act();
  await changed;
  await elementUpdated(el);
}

/** After a control that must not switch: what it started has run, and no switch came of it. */
async function leftAlone(el: QxBilingualHeader) {
  await queuedTasks();
  await el.updateComplete;
}

describe('<qx-bilingual-header>', () => {
  afterEach(async () => {
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible in zh and en', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    await expect(el).to.be.accessible();
  });

  it('shows both names, each with its own lang, the reader’s language first and larger', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    expect(primary(el).textContent).to.equal(zhName);
    expect(primary(el).lang).to.equal('zh-Hans');
    expect(secondary(el)!.textContent).to.equal(enName);
    expect(secondary(el)!.lang).to.equal('en');
    const big = parseFloat(getComputedStyle(primary(el)).fontSize);
    expect(big).to.be.greaterThan(parseFloat(getComputedStyle(secondary(el)!).fontSize));
    expect(primary(el).getBoundingClientRect().bottom).to.be.at.most(
      secondary(el)!.getBoundingClientRect().top + 1,
    );

    await switchLocale('en', el);
    expect(primary(el).textContent).to.equal(enName);
    expect(primary(el).lang).to.equal('en');
    expect(secondary(el)!.textContent).to.equal(zhName);
    expect(secondary(el)!.lang).to.equal('zh-Hans');
  });

  it('makes logo and names one link to href', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/index.html' }));
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links).to.have.length(1); // the toggle is a button without alternate-href
    const title = part(el, 'title')!;
    expect(title.localName).to.equal('a');
    expect(title.getAttribute('href')).to.equal('/index.html');
    const logoSlot = title.querySelector<HTMLSlotElement>('slot[name=logo]')!;
    expect(logoSlot.assignedElements()[0]!.localName).to.equal('img');
    expect(title.contains(primary(el)) && title.contains(secondary(el))).to.be.true;
    expect(await accessibleName(el, title)).to.equal(`${zhName} ${enName}`);
  });

  for (const href of ['', '   ']) {
    it(`is not a link without a usable href (${JSON.stringify(href)})`, async () => {
      const el = await fixture<QxBilingualHeader>(header({ href }));
      expect(part(el, 'title')!.localName).to.equal('div');
      expect(primary(el).textContent).to.equal(zhName);
    });
  }

  for (const href of ['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>x</b>']) {
    it(`refuses the unsafe href ${JSON.stringify(href)} and warns`, async () => {
      let el!: QxBilingualHeader;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QxBilingualHeader>(header({ href }));
      });
      expect(part(el, 'title')!.localName).to.equal('div');
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      expect(primary(el).textContent).to.equal(zhName);
      expect(
        warnings.filter((w) => w.includes('qx-bilingual-header') && w.includes('unsafe href')),
      ).to.have.length(1);
    });
  }

  it('gives the toggle a visible label in the target language and a full accessible name', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    const button = toggle(el);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    const visible = button.querySelector('span:not(.visually-hidden)')!;
    expect(visible.textContent).to.equal('EN');
    expect(visible.getAttribute('lang')).to.equal('en');
    expect(hiddenLabel(el).getAttribute('lang')).to.equal('zh-Hans');
    expect(hiddenLabel(el).getBoundingClientRect().width).to.be.at.most(1);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    expect(await accessibleName(el, button)).to.equal('EN 切换到英文版');

    await switchLocale('en', el);
    expect(visible.textContent).to.equal('中文');
    expect(visible.getAttribute('lang')).to.equal('zh-Hans');
    expect(hiddenLabel(el).getAttribute('lang')).to.equal('en');
    expect(await accessibleName(el, button)).to.equal('中文 Switch to Chinese');
  });

  it('switches the language in place, firing a cancelable composed event first', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    const { events, stop } = listenForLocaleChange();
    await switched(el, () => toggle(el).click());
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event!.detail).to.deep.equal({ locale: 'en' });
    expect(event!.bubbles && event!.composed && event!.cancelable).to.be.true;
    expect(event!.target).to.equal(el);
    expect(getLocale()).to.equal('en');
    expect(primary(el).textContent).to.equal(enName);
    expect(toggle(el).textContent).to.contain('中文');

    await switched(el, () => toggle(el).click());
    stop();
    expect(events[1]!.detail.locale).to.equal('zh-CN');
    expect(getLocale()).to.equal('zh-CN');
    expect(primary(el).textContent).to.equal(zhName);
  });

  it('does not switch when the event is cancelled', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    const { events, stop } = listenForLocaleChange(true);
    toggle(el).click();
    await leftAlone(el);
    stop();
    expect(events).to.have.length(1);
    expect(getLocale()).to.equal('zh-CN');
    expect(primary(el).textContent).to.equal(zhName);
    expect(toggle(el).textContent).to.contain('EN');
  });

  it('switches an element with its own lang, updating that lang too', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', lang: 'en' }));
    expect(primary(el).textContent).to.equal(enName);
    const { events, stop } = listenForLocaleChange();
    const updated = nextUpdate(el); // its own lang changes, through the lang observer
    toggle(el).click();
    await updated;
    stop();
    expect(events[0]!.detail.locale).to.equal('zh-CN');
    expect(el.lang).to.equal('zh-Hans');
    expect(primary(el).textContent).to.equal(zhName);
  });

  it('with alternate-href, links to the other-language page', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/index.html' }));
    const link = toggle(el);
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/en/index.html');
    expect(link.getAttribute('hreflang')).to.equal('en');
    expect(link.getAttribute('lang')).to.equal('en');
    expect(hiddenLabel(el).getAttribute('lang')).to.equal('zh-Hans');

    await switchLocale('en', el);
    expect(link.getAttribute('hreflang')).to.equal('zh-Hans');
    expect(link.getAttribute('lang')).to.equal('zh-Hans');
    expect(link.textContent).to.contain('中文');
  });

  it('lets the link navigate after the event, without switching in place', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/' }));
    const { events, stop } = listenForLocaleChange();
    const nav = guardNavigation();
    toggle(el).click();
    await leftAlone(el);
    stop();
    nav.stop();
    expect(events[0]!.detail.locale).to.equal('en');
    expect(nav.seen).to.deep.equal([false]); // the header left the navigation alone
    expect(getLocale()).to.equal('zh-CN');
  });

  it('stops the link’s navigation when the event is cancelled, also from the keyboard', async () => {
    const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/' }));
    const before = location.href;
    const { events, stop } = listenForLocaleChange(true);
    const nav = guardNavigation();
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await leftAlone(el);
    stop();
    nav.stop();
    expect(events).to.have.length(1);
    expect(nav.seen).to.deep.equal([true]); // already prevented by the header
    expect(location.href).to.equal(before);
    expect(getLocale()).to.equal('zh-CN');
  });

  for (const alternate of ['javascript:alert(1)', 'vbscript:msgbox(1)']) {
    it(`falls back to the button for the unsafe alternate-href ${alternate}`, async () => {
      let el!: QxBilingualHeader;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QxBilingualHeader>(header({ href: '/', alternate }));
      });
      expect(toggle(el).localName).to.equal('button');
      expect(warnings.filter((w) => w.includes('unsafe alternate-href'))).to.have.length(1);
      await switched(el, () => toggle(el).click());
      expect(getLocale()).to.equal('en');
    });
  }

  it('is keyboard operable: Tab to title then toggle, Enter and Space switch', async () => {
    const el = await fixture<QxBilingualHeader>(html`
      <qx-bilingual-header name-zh=${zhName} name-en=${enName} href="/"></qx-bilingual-header>
    `);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    const ring = getComputedStyle(part(el, 'title')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    expect(getComputedStyle(toggle(el)).outlineStyle).to.equal('solid');

    await switched(el, () => sendKeys({ press: 'Enter' }));
    expect(getLocale()).to.equal('en');
    expect(primary(el).textContent).to.equal(enName);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el)); // focus stays put

    await switched(el, () => sendKeys({ press: 'Space' }));
    expect(getLocale()).to.equal('zh-CN');
    expect(primary(el).textContent).to.equal(zhName);
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`stacks the names at 320px and shows the full Chinese name without overflow (${locale})`, async () => {
      await setViewport({ width: 320, height: 640 });
      await setLocale(locale);
      const el = await fixture<QxBilingualHeader>(header({ href: '/', alternate: '/en/' }));
      const zh = el.shadowRoot!.querySelector<HTMLElement>(
        '[lang="zh-Hans"]:not(a):not(.visually-hidden)',
      )!;
      const en = el.shadowRoot!.querySelector<HTMLElement>('[part^=name][lang="en"]')!;
      const [first, second] = locale === 'en' ? [en, zh] : [zh, en];
      expect(first.getBoundingClientRect().bottom).to.be.at.most(
        second.getBoundingClientRect().top + 1,
      );
      expect(zh.textContent).to.equal(zhName);
      const style = getComputedStyle(zh);
      expect(style.textOverflow).not.to.equal('ellipsis');
      expect(style.overflow).to.equal('visible');
      const range = document.createRange();
      range.selectNodeContents(zh);
      for (const rect of range.getClientRects()) {
        expect(rect.left).to.be.at.least(0);
        expect(rect.right).to.be.at.most(320);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(toggle(el).getBoundingClientRect().right).to.be.at.most(320);
    });
  }

  it('keeps names and toggle legible in forced-colors mode', async () => {
    await inForcedColors(async () => {
      const el = await fixture<QxBilingualHeader>(header());
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const background = getComputedStyle(document.body).backgroundColor;
      expect(getComputedStyle(primary(el)).color).not.to.equal(background);
      expect(getComputedStyle(secondary(el)!).color).not.to.equal(background);
      const button = getComputedStyle(toggle(el));
      expect(button.borderTopStyle).to.equal('solid');
      expect(button.borderTopColor).not.to.equal(background);
      await expect(el).to.be.accessible();
    });
  });

  it('renders logo, actions and navigation slots in place', async () => {
    const el = await fixture<QxBilingualHeader>(html`
      <qx-bilingual-header name-zh=${zhName} name-en=${enName} href="/">
        <img slot="logo" src=${emblem} alt="" />
        <a slot="actions" href="/search">搜索</a>
        <nav aria-label="栏目"><a href="/llxx/">理论学习</a></nav>
      </qx-bilingual-header>
    `);
    const actions = part(el, 'actions')!.querySelector('slot')!;
    expect(actions.assignedElements().map((a) => a.textContent)).to.deep.equal(['搜索']);
    const nav = part(el, 'nav')!.querySelector('slot')!;
    expect(nav.assignedElements()[0]!.localName).to.equal('nav');
    // The navigation sits below the title row; the actions share that row.
    const titleBox = part(el, 'title')!.getBoundingClientRect();
    expect(el.querySelector('nav')!.getBoundingClientRect().top).to.be.at.least(titleBox.bottom);
    expect(el.querySelector('[slot=actions]')!.getBoundingClientRect().top).to.be.below(
      titleBox.bottom,
    );
    expect(el.querySelector('img')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('header')).to.be.null; // the page decides the landmark
  });

  it('hides the toggle with hide-toggle', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    el.hideToggle = true;
    await elementUpdated(el);
    expect(toggle(el)).to.be.null;
    expect(el.hasAttribute('hide-toggle')).to.be.true;
  });

  it('re-renders when the name properties change', async () => {
    const el = await fixture<QxBilingualHeader>(header());
    el.nameZh = '上海市金山区归国华侨联合会';
    el.nameEn = 'Jinshan District Federation of Returned Overseas Chinese';
    await elementUpdated(el);
    expect(primary(el).textContent).to.equal('上海市金山区归国华侨联合会');
    expect(secondary(el)!.textContent).to.equal(
      'Jinshan District Federation of Returned Overseas Chinese',
    );
  });

  it('shows only the English name, and warns, without name-zh', async () => {
    let el!: QxBilingualHeader;
    const warnings = await captureWarnings(async () => {
      el = await fixture<QxBilingualHeader>(
        html`<qx-bilingual-header name-en=${enName} href="/"></qx-bilingual-header>`,
      );
    });
    expect(primary(el).textContent).to.equal(enName);
    expect(primary(el).lang).to.equal('en');
    expect(secondary(el)).to.be.null;
    expect(warnings.filter((w) => w.includes('name-zh'))).to.have.length(1);
  });

  it('shows only the Chinese name, and warns, with a blank name-en, in English too', async () => {
    let el!: QxBilingualHeader;
    const warnings = await captureWarnings(async () => {
      el = await fixture<QxBilingualHeader>(
        html`<qx-bilingual-header name-zh=${zhName} name-en="  "></qx-bilingual-header>`,
      );
    });
    await switchLocale('en', el);
    expect(primary(el).textContent).to.equal(zhName);
    expect(primary(el).lang).to.equal('zh-Hans');
    expect(secondary(el)).to.be.null;
    expect(warnings.filter((w) => w.includes('name-en'))).to.have.length(1);
  });

  it('warns and stays usable with both names missing', async () => {
    let el!: QxBilingualHeader;
    const warnings = await captureWarnings(async () => {
      el = await fixture<QxBilingualHeader>(
        html`<qx-bilingual-header href="/">
          <img slot="logo" src=${emblem} alt=""
        /></qx-bilingual-header>`,
      );
    });
    expect(warnings).to.have.length(2);
    expect(primary(el)).to.be.null;
    expect(visibleText(el.shadowRoot!)).to.include('EN'); // the toggle still shows
    expect(visibleText(el.shadowRoot!)).not.to.match(brokenWords);
    // The home link still has a name, so it is not an empty link.
    expect(part(el, 'title')!.textContent!.trim()).to.equal('返回首页');
    await expect(el).to.be.accessible();
    await switchLocale('en', el);
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Home page');
  });
});
