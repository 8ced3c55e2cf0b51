import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setLocale } from '@qiaoxin/i18n';
import '../bilingual-header.js';
import type { QxBilingualHeader } from '../bilingual-header.js';
import {
  brokenWords,
  inForcedColors,
  part,
  switchLocale,
  visibleText,
  warnedWhile,
} from '../test-utils/index.js';
import { describeElement, itIsAccessibleInZhAndEn } from '../test-utils/suite.js';
import {
  accessibleName,
  emblem,
  enName,
  header,
  primary,
  secondary,
  toggle,
  zhName,
} from '../test-utils/bilingual-header.js';

// The names, the link home, the layout and the slots. The language toggle has its own test
// file (qx-bilingual-header.toggle.test.ts), and so do the language links
// (qx-bilingual-header.languages.test.ts).
describeElement('<qx-bilingual-header>', () => {
  itIsAccessibleInZhAndEn(() => fixture<QxBilingualHeader>(header()));

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
      const { el, warnings } = await warnedWhile(() =>
        fixture<QxBilingualHeader>(header({ href })),
      );
      expect(part(el, 'title')!.localName).to.equal('div');
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      expect(primary(el).textContent).to.equal(zhName);
      expect(
        warnings.filter((w) => w.includes('qx-bilingual-header') && w.includes('unsafe href')),
      ).to.have.length(1);
    });
  }

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
    const { el, warnings } = await warnedWhile(() =>
      fixture<QxBilingualHeader>(
        html`<qx-bilingual-header name-en=${enName} href="/"></qx-bilingual-header>`,
      ),
    );
    expect(primary(el).textContent).to.equal(enName);
    expect(primary(el).lang).to.equal('en');
    expect(secondary(el)).to.be.null;
    expect(warnings.filter((w) => w.includes('name-zh'))).to.have.length(1);
  });

  it('shows only the Chinese name, and warns, with a blank name-en, in English too', async () => {
    const { el, warnings } = await warnedWhile(() =>
      fixture<QxBilingualHeader>(
        html`<qx-bilingual-header name-zh=${zhName} name-en="  "></qx-bilingual-header>`,
      ),
    );
    await switchLocale('en', el);
    expect(primary(el).textContent).to.equal(zhName);
    expect(primary(el).lang).to.equal('zh-Hans');
    expect(secondary(el)).to.be.null;
    expect(warnings.filter((w) => w.includes('name-en'))).to.have.length(1);
  });

  it('warns and stays usable with both names missing', async () => {
    const { el, warnings } = await warnedWhile(() =>
      fixture<QxBilingualHeader>(
        html`<qx-bilingual-header href="/">
          <img slot="logo" src=${emblem} alt=""
        /></qx-bilingual-header>`,
      ),
    );
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
