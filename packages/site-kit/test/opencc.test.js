// The traditional editions' converter (render/opencc.ts): opencc-js's tries, given each
// character's words when a text first has it. Its results must be opencc-js's own Converter's,
// for every phrase of the dictionaries and for whole articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Converter, Locale } from 'opencc-js/cn2t';
import { openccConverter } from '../dist/render/opencc.js';

const seeds = ['jinshan', 'chongqing'].map((site) =>
  readFileSync(
    new URL(`../../../sites/${site}/content/articles/five-year-review.md`, import.meta.url),
    'utf8',
  ),
);

for (const variant of ['tw', 'hk']) {
  test(`${variant}: the same text as opencc-js's Converter, for articles and every dictionary phrase`, () => {
    const theirs = Converter({ from: 'cn', to: variant });
    const ours = openccConverter(variant);
    for (const seed of seeds) assert.equal(ours(seed), theirs(seed));
    // Again, from the segments the converter kept.
    for (const seed of seeds) assert.equal(ours(seed), theirs(seed));
    // Every source word of every dictionary of the chain, alone and run together with the next
    // (so segments meet at every boundary the dictionaries have), in one fresh converter: words
    // met late must still win over the ones loaded for their characters earlier.
    const fresh = openccConverter(variant);
    const config = Locale.configs[`s2${variant}`];
    const dicts = new Set(
      [config.segmentation, ...config.conversionChain, ...config.normalizationChain].flat(),
    );
    let compared = 0;
    for (const dict of dicts) {
      const words = dict.split('|').map((entry) => entry.split(' ')[0]);
      for (let i = 0; i < words.length; i += 1) {
        const text = `${words[i]}${words[i + 1] ?? ''}`;
        assert.equal(fresh(text), theirs(text), `converting ${text}`);
        compared += 1;
      }
    }
    assert.ok(compared > 40000, `only ${compared} phrases compared`);
  });
}

test('characters outside the Basic Multilingual Plane, ideographic description sequences, lone surrogates and empty text convert as opencc-js converts them', () => {
  const theirs = Converter({ from: 'cn', to: 'tw' });
  const ours = openccConverter('tw');
  const texts = [
    '',
    '𠮷野家的面条', // 𠮷 (U+20BB7), then simplified characters
    '⿰木木与⿱艹头的发', // ideographic description sequences before words to convert
    '⿰',
    '\ud842发展\udfb7', // lone surrogates around a phrase
    'Qiaoxin 侨联 2025年 发展',
    'Qiaoxin 2025: no Chinese at all', // no word begins in it: returned as it is
    '發展與僑聯', // traditional already
  ];
  for (const text of [...texts, ...texts])
    assert.equal(ours(text), theirs(text), `converting ${JSON.stringify(text)}`);
});
