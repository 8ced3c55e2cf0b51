import { leadOf } from '../markdown/excerpt.js';
import { renderMarkdown } from '../markdown/markdown.js';
import type { Split } from './front-matter.js';
import type { Located } from './locate.js';
import type { ParsedPage } from './parse-cache.js';

/** What create-qiaoxin-site writes where a district must still supply a value (placeholders.ts). */
export const placeholderMark = '待填写';

/**
 * A page as parsing its text gives it, once its front matter is split off without errors: in
 * the build's thread (reader.ts) and in the worker that parses ahead of it (parse-ahead.ts).
 */
export function parsedText(text: string, split: Split): ParsedPage & { data: Located } {
  const { data, body, bodyLine } = split;
  const { html, ...rendered } = renderMarkdown(body);
  return {
    data,
    value: data.value ?? {},
    body,
    bodyLine,
    rendered,
    lead: leadOf(html),
    marked: text.includes(placeholderMark),
  };
}
