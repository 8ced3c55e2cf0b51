// `@qiaoxin/i18n/zh-hant.js`, the name pages used before the built-in strings moved beside
// their elements, still adds every built-in zh-Hant string: it is the same module as
// `@qiaoxin/components/zh-hant.js`. Runs against the built packages, as a page's bundler sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('@qiaoxin/i18n/zh-hant.js re-exports @qiaoxin/components/zh-hant.js, adding every string', async () => {
  const { i18n, namespace } = await import('@qiaoxin/i18n');
  assert.equal(i18n.getResource('zh-Hant', namespace, 'siteNav.label'), undefined);
  const old = await import('@qiaoxin/i18n/zh-hant.js');
  const current = await import('@qiaoxin/components/zh-hant.js');
  assert.equal(old.zhHantStrings, current.zhHantStrings);
  const { builtInStrings } = await import('@qiaoxin/components/strings.js');
  assert.deepEqual(
    Object.keys(old.zhHantStrings).sort(),
    builtInStrings.map((s) => s.group).sort(),
  );
  assert.equal(i18n.getResource('zh-Hant', namespace, 'siteNav.label'), '主導航');
  assert.equal(i18n.getResource('zh-Hant', namespace, 'search.label'), '搜尋');
});
