// Chinese text uses full-width punctuation: 主办单位：, not 主办单位:. This scans every built-in
// string in zh-CN and in the generated zh-Hant (loaded the way pages load it, through each
// group's loadZhHant) for ASCII : , ; ? ! ( ) next to a CJK character, or at either end of the
// string: a zh string is always set beside Chinese text, so a lone ':' label suffix counts.
// It reads the built package (run `npm run build` first; turbo's `test` task does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInStrings } from '@qiaoxin/components/strings.js';

/** Each ASCII mark the scan looks for, and the full-width form Chinese text should use. */
const fullWidth = { ':': '：', ',': '，', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

// Han characters, CJK symbols and punctuation (。「」), and full-width forms (：，（）).
const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The ASCII marks in `text` that should be full-width, as readable lines. A mark counts when
 * the nearest character on either side that is not a space is CJK, or when there is none (the
 * string's start or end, where the element joins it to Chinese text).
 */
function halfWidthMarks(text) {
  const found = [];
  const chars = [...text];
  chars.forEach((char, index) => {
    if (!(char in fullWidth)) return;
    const before = chars.slice(0, index).join('').trimEnd().at(-1);
    const after = chars
      .slice(index + 1)
      .join('')
      .trimStart()[0];
    const beside = (c) => c === undefined || cjk.test(c);
    if (beside(before) || beside(after))
      found.push(`'${char}' at ${index} should be '${fullWidth[char]}'`);
  });
  return found;
}

test('the scan finds half-width marks in Chinese and leaves English and numbers alone', () => {
  assert.equal(halfWidthMarks('您的当前位置:').length, 1);
  assert.equal(halfWidthMarks(':').length, 1); // a label suffix on its own
  assert.equal(halfWidthMarks('第{{page}}页,共{{total}}页').length, 1);
  assert.equal(halfWidthMarks('重庆市归国华侨联合会 (邮编)').length, 2);
  assert.equal(halfWidthMarks('真的?!').length, 2);
  assert.deepEqual(halfWidthMarks('主办单位：'), []);
  assert.deepEqual(halfWidthMarks('{{title}}_{{site}}'), []);
  assert.deepEqual(halfWidthMarks('约{{value}}'), []);
  assert.deepEqual(halfWidthMarks('12,345 (about {{value}}) HTML'), []);
});

/** Every group's strings in `locale`: zh-CN from the group, zh-Hant from its generated module. */
async function stringsOf(locale) {
  const hant = locale === 'zh-Hant' ? (await builtInStrings[0].loadZhHant()).default : undefined;
  return builtInStrings.flatMap(({ group, 'zh-CN': cn }) =>
    Object.entries(hant ? hant[group] : cn).map(([key, text]) => [`${group}.${key}`, text]),
  );
}

for (const locale of ['zh-CN', 'zh-Hant']) {
  test(`every ${locale} built-in string uses full-width punctuation`, async () => {
    const strings = await stringsOf(locale);
    // Every group is there: a scan of nothing would pass.
    assert.equal(new Set(strings.map(([id]) => id.split('.')[0])).size, builtInStrings.length);
    const wrong = strings.flatMap(([id, text]) =>
      halfWidthMarks(text).map((mark) => `${id} ${JSON.stringify(text)}: ${mark}`),
    );
    assert.deepEqual(wrong, [], `ASCII punctuation in ${locale} strings:\n${wrong.join('\n')}`);
  });
}
