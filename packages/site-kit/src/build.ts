import { lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadSite, type Site } from './site/load.js';
import { SiteError, sortProblems, type Problem } from './site/problems.js';
import { placeholdersOf } from './site/placeholders.js';
import { openParseCache, type ParseCache } from './site/parse-cache.js';
import { openSharedCache } from './write/shared-cache.js';
import { describeError } from './system-errors.js';
import { checkOutput, OutputError, stampName, stampText, within } from './write/output.js';
import { lockOutput, pauseFor, recover, swap, tempOf } from './write/swap.js';
import { buildAssets } from './write/assets.js';
import { clientRecord } from './write/client.js';
import { previousOf, type Previous } from './write/listing.js';
import { applyBuild, keptParts, searchAfterPages, searchFiles } from './write/publish.js';
import { codeKey, manifestName, manifestText, pageKeys } from './write/build-cache.js';
import { fileOf, routesOf } from './render/routes.js';
import { sitemapsKey, writeSitemaps } from './write/sitemaps.js';
import { writeFeeds } from './write/feeds.js';
import { editionsOf } from './site/editions.js';
import { writeSearchIndex } from './write/search-index.js';
import { startSearchPool } from './write/search-pool.js';
import type Tinypool from 'tinypool';
import { searchPlan } from './write/search-plan.js';
import { editionOf } from './render/editions.js';
import { readiness, renderPages } from './render/pool.js';
import { t, withLang, type MessageLang } from './messages/index.js';

export interface BuildOptions {
  /** Where the portal goes; default `<site>/dist`. */
  outDir?: string;
  /** Problems name files relative to this folder; default the current directory. */
  relativeTo?: string;
  /**
   * For publishing: refuse to build while a placeholder (待填写, an example siteUrl) is left,
   * instead of returning it as a warning.
   */
  strict?: boolean;
  /** The language of problems and refusals; default English (see messages/index.ts). */
  lang?: MessageLang;
  /**
   * Called once a rebuild's pages are in the output, before its search index is written (the
   * dev server reloads the browser then). Without it, pages and index are applied together.
   */
  onPages?: () => void;
  /**
   * With `onPages`: once aborted (the dev server has a newer change to build), the search index
   * that follows the pages is abandoned, unwritten or half-written, and the build ends: the
   * output keeps its previous index, which the next build brings up to date. Pages are never
   * abandoned.
   */
  searchSignal?: AbortSignal;
}

export interface BuildResult {
  site: Site;
  outDir: string;
  /** Output files, relative to outDir. */
  pages: string[];
  /** Placeholders still in the site (see `placeholdersOf`); empty when publishing is safe. */
  warnings: Problem[];
}

/**
 * Builds a site folder into a static portal. The output must be a folder a build may replace
 * (see `checkOutput`: never the site folder, a folder around it or someone's files). Everything
 * is written to a fresh folder beside the output and swapped in only when the whole build
 * succeeded, so a content error, a full disk or a kill never leaves a half-written portal: the
 * previous one stays as it was (or is put back by the next build, see `recover`).
 */
export function buildSite(siteDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  return withLang(options.lang, () => build(siteDir, options));
}

async function build(siteDir: string, options: BuildOptions): Promise<BuildResult> {
  const dir = resolve(siteDir);
  const timing = timings();
  const { path: outDir, isDefault: legacy } = await checkOutput(
    dir,
    options.outDir ?? join(dir, 'dist'),
  );
  // A killed build is cleaned up even when this one stops at a content error, so the lock and
  // recovery come first when the output's parent exists (a mistyped site folder has none).
  let release = (await exists(dirname(outDir))) ? await lock(outDir, legacy) : undefined;
  // Kept even when the build stops at a content error: the SVGs it sanitised are still right.
  let saveShared: (() => Promise<void>) | undefined;
  try {
    const relativeTo = options.relativeTo ?? process.cwd();
    timing('output checked and locked');
    const code = await codeKey();
    // Before the previous output's manifest, whose SVGs, if any, take precedence.
    const shared = await openSharedCache(dir, code);
    saveShared = shared.save;
    // What the previous output holds is listed while the site loads and its pages are keyed:
    // both take about a second at 10,000 articles, one mostly in the file system, the other in
    // this thread.
    const early = release && (await previousOf(outDir));
    timing('previous output');
    const parsed = await openParseCache(dir, code);
    const stopAhead = await parsed.parseAhead(dir);
    timing('parse cache read');
    const site = await loadSite(dir, { relativeTo, parsed }).finally(stopAhead);
    timing('load', `${parsed.parsedAhead()} pages parsed ahead`);
    const warnings = sortProblems([...site.warnings, ...(await placeholdersOf(site, relativeTo))]);
    timing('placeholders');
    if (options.strict && warnings.length) throw new SiteError(warnings);
    if (!release) {
      await mkdir(dirname(outDir), { recursive: true });
      release = await lock(outDir, legacy);
    }
    await pauseFor('locked');
    const previous = early || (await previousOf(outDir));
    const pages = await buildInto(site, outDir, previous, parsed, options, timing);
    return { site, outDir, pages, warnings };
  } finally {
    await saveShared?.();
    await release?.();
  }
}

async function lock(outDir: string, legacy: boolean) {
  const release = await lockOutput(outDir, (pid) =>
    console.log(t('build.waiting', { pid, out: outDir })),
  ).catch((error: unknown) => {
    const why = describeError(error);
    throw new OutputError(t('output.refused', { folder: outDir, why }), {
      cause: error,
    });
  });
  try {
    await recover(outDir, legacy, (from) =>
      console.log(t('build.recovered', { out: outDir, from })),
    );
  } catch (error) {
    await release();
    throw new OutputError(t('build.cleanup', { out: outDir, why: describeError(error) }), {
      cause: error,
    });
  }
  return release;
}

/**
 * Renders the portal into a fresh folder beside `outDir`. With no usable previous output (see
 * build-cache.ts) every page is rendered and the folder swapped in; otherwise only the pages
 * whose key changed are, and the folder is applied over the output (apply.ts). With
 * `onPages` (the dev server's reload), an incremental build applies its pages first, calls it,
 * and then writes the search index and applies that: a saved article is on screen without
 * waiting for Pagefind, and its search results follow a moment later.
 */
async function buildInto(
  site: Site,
  outDir: string,
  { manifest: previous, present: listed }: Previous,
  parsed: ParseCache,
  { onPages, searchSignal }: Pick<BuildOptions, 'onPages' | 'searchSignal'>,
  timing: (step: string) => void,
): Promise<string[]> {
  const temp = tempOf(outDir);
  await rm(temp, { recursive: true, force: true });
  // QIAOXIN_BENCH_PAGES_ONLY is bench:archive's knob: the pages without their search index,
  // to compare rendering with Hugo's, which makes none. A portal built so cannot search.
  const pagesOnly = Boolean(process.env.QIAOXIN_BENCH_PAGES_ONLY);
  const editions = editionsOf(site.config);
  // Search threads, started once the pages are keyed so they boot while the stale pages are
  // picked and the first rendered; not for the dev server, whose index may follow its pages.
  let pool: Tinypool | undefined;
  try {
    await mkdir(temp, { recursive: true });
    await pauseFor('temp');
    await writeFile(join(temp, stampName), stampText);
    const assets = await buildAssets(site, temp, { dir: outDir, record: previous?.client });
    timing('assets');
    await pauseFor('assets');
    const code = await codeKey();
    const keyOf = pageKeys(site, assets, code);
    const plan = editions.flatMap((locale) => {
      const edition = editionOf(site, locale, parsed.derived);
      return routesOf(edition).map((spec) => ({
        locale,
        edition,
        spec,
        file: fileOf(locale, spec.path),
        key: keyOf(locale, spec),
      }));
    });
    timing('keys');
    if (!onPages && !pagesOnly) pool = startSearchPool(editions.length * site.articles.length);
    const present = await listed().catch((error: unknown) => {
      throw new OutputError(t('build.stopped', { why: describeError(error), out: outDir }), {
        cause: error,
      });
    });
    timing('previous output listed');
    const stale = plan.filter((p) => previous?.pages[p.file] !== p.key || !present.has(p.file));
    // With a previous output to build on, only what changed is rendered and applied over it.
    // When every page changed (a new theme, a new version of Qiaoxin), the new folder is
    // swapped in whole instead: moving 70,000 files in one by one took half a minute.
    const incremental = previous !== undefined && stale.length < plan.length;
    const later = incremental && onPages !== undefined;
    const rendered = new Set((incremental ? stale : plan).map((j) => j.file));
    const progress = readiness(later ? [] : [...rendered]);
    const pathOf = (file: string) => within(!later && rendered.has(file) ? temp : outDir, file);
    // A build without its index renders in plan order: ordering the jobs for the index and
    // planning its parts took 0.3–0.9 s at 10,000 articles.
    const { index, jobs } = pagesOnly
      ? { index: [], jobs: plan.filter((job) => rendered.has(job.file)) }
      : searchPlan(site, plan, { rendered, pathOf }, progress.ready);
    timing('planned');
    const rendering = renderPages(site, jobs, assets, temp, progress.rendered);
    rendering.catch(progress.failed);
    // Written once the pages are, while the search index is: this thread is free then.
    const cached = rendering.then(() => parsed.save());
    const searching =
      later || pagesOnly
        ? undefined
        : writeSearchIndex(index, temp, incremental ? outDir : undefined, {
            inPlace: incremental,
            pool,
          });
    // Sitemaps and feeds are written while the search index is (after the pages, which the
    // index waits for), and whether the sitemaps changed is worked out then too (50 ms at
    // 10,000 articles), not before the first page. QIAOXIN_SITEMAP_LIMIT is a testing knob:
    // the tests split a small sitemap.
    const limit = Number(process.env.QIAOXIN_SITEMAP_LIMIT) || undefined;
    const before = previous?.sitemaps;
    const extras = rendering.then(async () => {
      const key = `${code} ${sitemapsKey(site, limit)}`;
      const kept = incremental && before?.key === key && before.files.every((f) => present.has(f));
      const files = kept ? before.files : await writeSitemaps(site, temp, limit);
      await writeFeeds(site, temp);
      return { key, files, kept };
    });
    const settled = await Promise.allSettled([rendering, extras, searching, cached]);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [searched, sitemaps] = [await searching, await extras]; // settled: fulfilled
    const indexed = searched ? `, search ${searched.indexed} indexed` : '';
    timing(`render ${jobs.length}${indexed}`);
    await pauseFor('pagefind');
    const pages = plan.map((p) => p.file);
    await writeFile(
      join(temp, manifestName),
      await manifestText(
        Object.fromEntries(plan.map((p) => [p.file, p.key])),
        clientRecord(site.config.basePath),
        { key: sitemaps.key, files: sitemaps.files },
      ),
    );
    if (!incremental) await swap(temp, outDir);
    else {
      // The search files the build leaves in place are part of the new output too: its
      // unchanged parts, or all of them until the search index follows the pages.
      const keep = later ? searchFiles(present) : keptParts(present, searched?.kept ?? []);
      const unwritten = sitemaps.kept ? sitemaps.files : [];
      await applyBuild(temp, outDir, present, [...pages, ...keep, ...unwritten]);
    }
    timing('written');
    if (later) {
      onPages();
      if (pagesOnly) return pages;
      const written = await searchAfterPages(index, outDir, present, searchSignal);
      timing(written ? 'search written' : 'search abandoned');
    }
    return pages;
  } catch (error) {
    // Removed first: on a full disk the half-written folder is what fills it.
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof SiteError || error instanceof OutputError) throw error;
    throw new OutputError(t('build.stopped', { why: describeError(error, temp), out: outDir }), {
      cause: error,
    });
  } finally {
    await pool?.destroy();
  }
}

/**
 * With QIAOXIN_TIMINGS set, prints how long each step of a build took (for benchmarks and for
 * finding where a slow build spends its time); a no-op otherwise.
 */
function timings(): (step: string, note?: string) => void {
  if (!process.env.QIAOXIN_TIMINGS) return () => undefined;
  let last = performance.now();
  return (step, note) => {
    const now = performance.now();
    const { rss, heapUsed } = process.memoryUsage();
    const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
    console.error(
      `qiaoxin-timing: ${step} ${((now - last) / 1000).toFixed(2)} s, at ${(now / 1000).toFixed(2)} s (heap ${mb(heapUsed)}, rss ${mb(rss)})${note ? `, ${note}` : ''}`,
    );
    last = now;
  };
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );
