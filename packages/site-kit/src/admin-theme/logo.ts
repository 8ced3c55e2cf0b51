/**
 * The logo upload: a picture of a kind a portal publishes (judged by its bytes, not by what the
 * browser says it is), an SVG sanitised as the build sanitises it, written as `logo.<ending>`
 * in the site folder and named in site.config.json. Read back through the build's own rules
 * (site/site-files.ts) before it is kept, so an accepted logo is one the build accepts.
 */
import { lstat, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
// jsonc-parser edits one value of a JSON text and leaves the rest as the webmaster wrote it
// (spacing, key order, line breaks), which a parse and stringify would not.
import { applyEdits, modify } from 'jsonc-parser';
import { imageKinds, imageSize, sanitiseSvg, sniff, type ImageKind } from '../site/media.js';
import { logoRule, readSiteFile } from '../site/site-files.js';
import { t } from '../messages/index.js';
import { writeAtomically } from './theme-file.js';

/** The kinds the issue asks for; GIF and ICO (which the build also reads) are not offered. */
export const uploadKinds: ImageKind[] = ['png', 'jpeg', 'webp', 'svg'];
export const maxLogoBytes = logoRule.maxBytes;
const MB = 1024 * 1024;

export type Upload =
  { ok: true; file: string; message: string } | { ok: false; status: number; message: string };

const refuse = (status: number, message: string): Upload => ({ ok: false, status, message });

/** Judges and saves an uploaded logo. */
export async function saveLogo(siteDir: string, data: Buffer): Promise<Upload> {
  const kind = sniff(data);
  if (!kind || !uploadKinds.includes(kind)) return refuse(415, t('editor.logoKind'));
  const bytes = kind === 'svg' ? await sanitiseSvg(data) : data;
  if (!bytes) return refuse(422, t('editor.logoBroken', { kind: 'SVG' }));
  if (kind !== 'svg' && !imageSize(bytes)) {
    return refuse(422, t('editor.logoBroken', { kind: imageKinds[kind].name }));
  }
  const file = `logo${imageKinds[kind].endings[0] ?? ''}`;
  const config = await configText(siteDir);
  if ('problem' in config) return refuse(409, config.problem);
  const target = await lstat(join(siteDir, file)).catch(() => undefined);
  if (target && !target.isFile()) return refuse(409, `${file} ${t('editor.link')}`);
  await writeAtomically(siteDir, file, bytes);
  const checked = await readSiteFile(siteDir, file, logoRule);
  if ('problem' in checked) {
    await rm(join(siteDir, file), { force: true });
    return refuse(422, checked.problem);
  }
  if (config.logo !== file) {
    const edits = modify(config.text, ['logo'], file, {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
      // Where the schema has it: after the names and paths that come before it.
      getInsertionIndex: (keys) =>
        Math.max(
          ...['id', 'name', 'shortName', 'basePath', 'siteUrl'].map((k) => keys.indexOf(k)),
        ) + 1,
    });
    await writeAtomically(siteDir, 'site.config.json', applyEdits(config.text, edits));
  }
  return {
    ok: true,
    file,
    message: t(kind === 'svg' ? 'editor.logoSavedSvg' : 'editor.logoSaved', { file }),
  };
}

/** The refusal of a body over the limit, with its size. */
export const tooBig = (bytes: number): Upload =>
  refuse(413, t('editor.logoTooBig', { size: (bytes / MB).toFixed(1), max: maxLogoBytes / MB }));

type ConfigText = { text: string; logo?: string } | { problem: string };

/** site.config.json as text, and the logo it names; a link or a broken file is not edited. */
async function configText(siteDir: string): Promise<ConfigText> {
  const path = join(siteDir, 'site.config.json');
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return { problem: `site.config.json: ${t('read.missing')}` };
  if (!stat.isFile()) return { problem: `site.config.json ${t('editor.link')}` };
  const text = await readFile(path, 'utf8');
  try {
    const value = JSON.parse(text) as { logo?: unknown };
    return { text, ...(typeof value.logo === 'string' && { logo: value.logo }) };
  } catch (error) {
    return {
      problem: `site.config.json: ${t('syntax.json', { detail: (error as Error).message })}`,
    };
  }
}

/** The site's current logo as the build would publish it (an SVG sanitised), if it has one. */
export async function currentLogo(siteDir: string) {
  const config = await configText(siteDir);
  if ('problem' in config || !config.logo) return undefined;
  const checked = await readSiteFile(siteDir, config.logo, logoRule);
  return 'file' in checked ? checked.file : undefined;
}
