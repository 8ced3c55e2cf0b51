import { z } from 'zod';
import { basePathPattern } from './editions.js';
import { isColour } from '../colour.js';
import { parsePublished } from './date.js';
import { describeContrast, describeTokenValue, listOf } from './theme-words.js';
import { checkContrast } from '../theme/contrast.js';
import { brandKeys } from '../theme/palette.js';
import { checkTokenValue } from '../theme/values.js';
import { t } from '../messages/index.js';
import { isRecord } from './reader.js';

/** A message worded when a value fails (not when the schema is made): in the caller's language. */
const says = (key: Parameters<typeof t>[0]) => ({ error: () => t(key) });

// Strict objects throughout: a misspelt optional key ("subtitel") would otherwise be dropped
// without a word, and the webmaster would wonder why the subtitle never shows.
const text = z.string().trim().min(1, says('field.empty'));
const bilingual = z.strictObject({ zh: text, en: text });
/** Footer data and units may lack an English version. */
const zhFirst = z.strictObject({ zh: text, en: z.string().optional() });
/** Ids of sites, categories and stat groups: they become URLs and file names. */
export const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const id = z.string().regex(idPattern, says('field.id'));
/** The JSON Schema an editor reads for completion (`"$schema": "…/site.config.schema.json"`). */
const schemaLink = z.string().optional();
/**
 * A link to another site: only web addresses, so javascript: and data: can never be one. A
 * pattern rather than z.url(), so the published JSON Schema refuses the same (it has no URL
 * format checker).
 */
const webAddress = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, says('field.webAddress'));
/** 友情链接: groups of links to other sites, shown in the footer as a disclosure list. */
const linkGroup = z.strictObject({
  zh: text,
  en: text,
  links: z
    .array(z.strictObject({ zh: text, en: text, href: webAddress }))
    .min(1, says('field.empty')),
});

export const configSchema = z.strictObject({
  $schema: schemaLink,
  id,
  name: bilingual,
  shortName: bilingual.optional(),
  basePath: z.string().regex(basePathPattern, says('config.basePath')),
  siteUrl: z.url({ protocol: /^https?$/ }).optional(),
  logo: z.string().optional(),
  /** A picture in the site folder shown in the header beside the emblem and names (wide screens). */
  banner: z.string().optional(),
  categories: z
    .array(
      z.strictObject({
        id,
        zh: text,
        en: text,
        /** 《政府网站发展指引》's ColumnType of the section (e.g. 工作动态); no tag without it. */
        type: text.optional(),
        /** ColumnKeywords of the section; default its name. */
        keywords: z.array(text).optional(),
      }),
    )
    .min(1, says('field.noCategory')),
  nav: z.array(z.strictObject({ zh: text, en: text, href: text })).min(1, says('field.empty')),
  footer: z.strictObject({
    organiser: zhFirst,
    address: zhFirst.optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    icp: z.string().optional(),
    police: z.string().optional(),
    siteCode: z.string().optional(),
    /**
     * Where 「我要纠错」 (report an error or a barrier) leads: a web address or a mailto:
     * address. Default: mailto: the footer's email, when there is one.
     */
    errorReport: z
      .string()
      .trim()
      .regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i, says('field.errorReport'))
      .optional(),
    /** The 微信公众号: its name and its QR code, a picture in the site folder. */
    wechat: z.strictObject({ name: zhFirst, qr: text }).optional(),
  }),
  links: z.array(linkGroup).optional(),
  home: z.strictObject({ stats: z.array(z.string()).optional() }).optional(),
  /** Articles per page of a category list. */
  pageSize: z.number().int().min(1).max(100).optional(),
  /** Also build a traditional-Chinese edition under zh-hant/, in Taiwan or Hong Kong usage. */
  traditional: z.enum(['tw', 'hk']).optional(),
});
export type SiteConfig = z.infer<typeof configSchema>;

/**
 * theme.json: a few brand colours (`primary`, and optionally `accent`, `text`, `surface`) from
 * which the whole palette for normal and elder mode is derived, plus expert `--qx-*` overrides
 * used as written. Its published JSON Schema, schema/theme.schema.json, says the same (a test
 * keeps the two in agreement). Once the fields are valid, every text/background pair of the
 * resulting palettes must meet its WCAG contrast minimum.
 */
export const themeSchema = z.record(z.string(), z.unknown()).superRefine((theme, ctx) => {
  let problems = 0;
  const add = (path: string[], message: string) => {
    problems++;
    ctx.addIssue({ code: 'custom', path, message });
  };
  for (const [key, value] of Object.entries(theme)) {
    const path = [key];
    const isBrand = (brandKeys as readonly string[]).includes(key);
    if (key === '$schema') {
      if (typeof value !== 'string') add(path, t('theme.schemaString'));
    } else if (!isBrand && !/^--qx-[a-z0-9-]+$/.test(key)) {
      add(path, t('theme.unknownField', { keys: listOf(brandKeys) }));
    } else if (typeof value !== 'string') {
      add(path, t('theme.string'));
    } else if ((isBrand || key.startsWith('--qx-color-')) && !isColour(value)) {
      add(path, t('theme.notColour', { json: JSON.stringify(value), value }));
    } else if (!isBrand) {
      // Typed by the token it overrides and judged by a CSS parser (see theme/values.ts).
      const checked = checkTokenValue(key, value);
      if ('problem' in checked) add(path, describeTokenValue(value, checked));
    }
  }
  for (const key of brandKeys) {
    if (key !== 'primary' && theme[key] !== undefined && theme.primary === undefined) {
      add([key], t('theme.needsPrimary'));
    }
  }
  // Contrast is judged only on a theme whose every value is understood.
  if (problems) return;
  for (const failure of checkContrast(theme as Theme)) {
    ctx.addIssue({ code: 'custom', path: [failure.key], message: describeContrast(failure) });
  }
});
export type Theme = Record<string, string>;

/** A file of content/files/ listed under an article, whether or not its body links to it. */
const attachment = z.strictObject({ name: text, file: text });

export const frontMatterSchema = z.strictObject({
  title: text,
  subtitle: text.optional(),
  published: z.string(says('date.type')).superRefine((v, ctx) => {
    if (parsePublished(v)) return;
    ctx.addIssue({ code: 'custom', message: t('date.invalid', { value: v }) });
  }),
  author: text.optional(),
  source: text.optional(),
  sourceNote: text.optional(),
  category: text,
  summary: text.optional(),
  /** The article's keywords, for its Keywords meta tag. */
  keywords: z.array(text).optional(),
  cover: text.optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
  stats: z.array(text).optional(),
  attachments: z.array(attachment).optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * A ```video block in an article: the video and its captions in content/media/, a poster
 * picture (shown until the reader presses play: nothing is loaded before), an optional title
 * shown under it. A video without captions is built with a warning.
 */
export const videoSchema = z.strictObject({
  src: text,
  poster: text,
  captions: text.optional(),
  /** The language of the captions; default zh-CN. */
  captionsLang: z.enum(['zh-CN', 'en']).optional(),
  title: text.optional(),
});
export type Video = z.infer<typeof videoSchema>;

export const aboutSchema = z.strictObject({
  title: text,
  lang: z.enum(['zh-CN', 'en']).optional(),
  summary: text.optional(),
});

const stat = z.strictObject({
  value: z.number(),
  unit: z.strictObject({ zh: z.string(), en: z.string().optional() }).optional(),
  label: bilingual,
  notation: z.enum(['standard', 'compact']).optional(),
  qualifier: z.enum(['about', 'nearly', 'over']).optional(),
});
export const statGroupSchema = z.strictObject({
  heading: bilingual,
  items: z.array(stat).min(1, says('field.empty')),
});
/** Group id → group; a `$schema` key (for editors) is not a group and is set aside. */
export const statsSchema = z.preprocess(
  (value) => (isRecord(value) ? withoutSchemaKey(value) : value),
  z.record(id, statGroupSchema),
);

function withoutSchemaKey(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '$schema'));
}
export type StatGroups = z.infer<typeof statsSchema>;
export type Stat = z.infer<typeof stat>;
