import { expect } from '@open-wc/testing';
import { Converter } from 'opencc-js/cn2t';
import { builtInStrings } from './strings.js';
import zhHantStrings from './internal/zh-hant.generated.js';
import { zhHantOverrides } from './internal/zh-hant-overrides.js';

// Taiwan-standard character forms, the same conversion site-kit uses for its zh-hant/ pages.
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const hant: Record<string, Record<string, string>> = zhHantStrings;

describe('built-in strings', () => {
  it('has every group once, each with the same keys in zh-CN and en, none empty', () => {
    expect(builtInStrings.map((s) => s.group)).to.include.members([
      'breadcrumbs',
      'articleMeta',
      'stat',
      'header',
      'search',
    ]);
    expect(new Set(builtInStrings.map((s) => s.group)).size).to.equal(builtInStrings.length);
    for (const strings of builtInStrings) {
      expect(Object.keys(strings.en), strings.group).to.deep.equal(Object.keys(strings['zh-CN']));
      expect('zh-Hant' in strings, strings.group).to.equal(false); // not in the element's bundle
      for (const text of [strings['zh-CN'], strings.en].flatMap(Object.values))
        expect(text).to.be.a('string').and.not.equal('');
    }
  });

  it('has generated zh-Hant: OpenCC cn→tw of each zh-CN string, except the override table', () => {
    expect(Object.keys(hant)).to.have.members(builtInStrings.map((s) => s.group));
    const overridden: string[] = [];
    for (const { group, 'zh-CN': cn } of builtInStrings) {
      expect(Object.keys(hant[group]!), group).to.deep.equal(Object.keys(cn));
      for (const [key, text] of Object.entries(cn)) {
        const id = `${group}.${key}`;
        const actual = hant[group]![key]!;
        const override = zhHantOverrides[id];
        if (override === undefined) {
          expect(actual, id).to.equal(toTraditional(text));
        } else {
          overridden.push(id);
          expect(actual, id).to.equal(override);
          // An override is still traditional, and differs from what OpenCC would give.
          expect(toTraditional(override), id).to.equal(override);
          expect(override, `${id} is what OpenCC gives anyway`).not.to.equal(toTraditional(text));
        }
      }
    }
    // An override whose string has gone should leave the table too.
    expect(overridden.sort()).to.deep.equal(Object.keys(zhHantOverrides).sort());
  });
});
