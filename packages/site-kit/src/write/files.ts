import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PublishedFile } from '../markdown/media.js';
import { videoOf } from '../markdown/media.js';
import type { parseMarkdown } from '../markdown/markdown.js';
import { SiteError } from '../site/problems.js';
import {
  attachmentRule,
  captionsRule,
  readSiteAsset,
  videoRule,
  type AssetRule,
} from '../site/site-assets.js';
import type { Page, Site } from '../site/types.js';

/** What each page's body holds that is published with it (see `parseMarkdown`). */
export type Bodies = Map<Page, Pick<ReturnType<typeof parseMarkdown>['env'], 'images' | 'videos'>>;

/** Each part of the path percent-encoded: a `#` or `?` in a file name is part of the name. */
const urlPath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * Publishes the attachments, videos and captions pages refer to (and nothing else of
 * content/files/ or content/media/), each under its own folder with a content hash in its name
 * (`files/plan.1f2e3d4c5b.pdf`), so a corrected file gets a new address and no reader is served
 * a stale copy. Returns them by their tidied path in content/, with their kind and size for
 * 「附件：名称（PDF，1.2 MB）」.
 */
export async function publishFiles(site: Site, out: string, bodies: Bodies) {
  const wanted: { written: string; rule: AssetRule; url: boolean; file: string }[] = [];
  for (const [page, body] of bodies) {
    for (const a of page.attachments)
      wanted.push({ written: a.file, rule: attachmentRule, url: a.fromBody, file: page.file });
    for (const block of body.videos) {
      const video = videoOf(block.text);
      if (!video) continue;
      wanted.push({ written: video.src, rule: videoRule, url: true, file: page.file });
      if (video.captions)
        wanted.push({ written: video.captions, rule: captionsRule, url: true, file: page.file });
    }
  }
  const published = new Map<string, PublishedFile>();
  for (const { written, rule, url, file } of wanted) {
    // loadSite checked every file; one that changed since is refused the same way.
    const read = await readSiteAsset(site.dir, written, rule, url);
    if ('problem' in read) throw new SiteError([{ file, message: read.problem }]);
    const { asset } = read;
    if (published.has(asset.path)) continue;
    await mkdir(dirname(join(out, asset.published)), { recursive: true });
    await writeFile(join(out, asset.published), asset.data);
    published.set(asset.path, {
      url: `${site.config.basePath}${urlPath(asset.published)}`,
      kind: asset.kind,
      bytes: asset.bytes,
    });
  }
  return published;
}
