// Every real portal in the repository's sites/ folder must load without a single problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatSiteError, loadSite } from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sites = [];
for (const entry of await readdir(`${root}sites`, { withFileTypes: true }).catch(() => [])) {
  const config = `${root}sites/${entry.name}/site.config.json`;
  if (
    entry.isDirectory() &&
    (await access(config).then(
      () => true,
      () => false,
    ))
  ) {
    sites.push(entry.name);
  }
}

test(
  'sites/*/ load without problems',
  { skip: sites.length ? false : 'no sites yet' },
  async (t) => {
    for (const name of sites) {
      await t.test(name, async () => {
        const site = await loadSite(`${root}sites/${name}`, { relativeTo: root }).catch((e) =>
          assert.fail(formatSiteError(e)),
        );
        assert.equal(site.config.id, name);
        assert.ok(site.articles.length > 0, 'at least one article');
      });
    }
  },
);
