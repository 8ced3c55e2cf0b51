// Breaks a copy of sites/jinshan in each way a webmaster can and checks the build stops with
// file:line: message and leaves the previous portal untouched.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SiteError, buildSite } from '../dist/index.js';
import { copySite as copyReal, edit, files, useTemp } from './helpers/site-copy.js';

const temp = useTemp('qx-build-');
const copySite = (id, into) => copyReal(join(temp.path, into), id);

describe('a broken site folder', () => {
  /** Each break and the message the build must stop with. */
  const breaks = {
    'malformed front matter': [
      (dir) =>
        edit(dir, 'content/articles/five-year-review.md', (t) =>
          t.replace('category: gzzs', 'category: [gzzs'),
        ),
      /content\/articles\/five-year-review\.md:5: front matter is not valid YAML/,
    ],
    'a missing required field': [
      (dir) =>
        edit(dir, 'content/articles/five-year-review.md', (t) => t.replace(/^title: .*\n/m, '')),
      /content\/articles\/five-year-review\.md:2: title is required/,
    ],
    'an unknown category': [
      (dir) =>
        edit(dir, 'content/articles/five-year-review.md', (t) =>
          t.replace('category: gzzs', 'category: news'),
        ),
      /content\/articles\/five-year-review\.md:4: category "news" is not one of the site's categories \(qldt, gzzs\)/,
    ],
    'a link to a page that does not exist': [
      (dir) => edit(dir, 'content/about.md', (t) => `${t}\n[联系我们](/contact/)\n`),
      /content\/about\.md:\d+: link "\/contact\/" is not a page of this site/,
    ],
    'a theme value that is not a colour': [
      (dir) => edit(dir, 'theme.json', (t) => t.replace('"#00606b"', '"tealish"')),
      /theme\.json:3: primary: "tealish" is not a colour/,
    ],
  };

  for (const [name, [breakIt, message]] of Object.entries(breaks)) {
    test(`${name}: the build stops with file:line: message and the old portal stays`, async () => {
      const dir = await copySite('jinshan', name.replace(/\W+/g, '-'));
      const { outDir } = await buildSite(dir, { relativeTo: dir });
      const before = await snapshot(outDir);
      await breakIt(dir);
      const error = await buildSite(dir, { relativeTo: dir }).then(
        () => assert.fail('the build succeeded'),
        (e) => e,
      );
      assert.ok(error instanceof SiteError, String(error));
      assert.match(error.message, message);
      assert.deepEqual(await snapshot(outDir), before, 'output untouched');
      const leftovers = (await readdir(dir)).filter((f) => /\.(building|old)-/.test(f));
      assert.deepEqual(leftovers, [], 'no half-written folder left');
    });
  }
});

/** Every output file and a hash of its content. */
async function snapshot(dir) {
  const list = await files(dir);
  return Promise.all(
    list.map(async (f) => [
      f,
      createHash('sha256')
        .update(await readFile(join(dir, f)))
        .digest('hex'),
    ]),
  );
}
