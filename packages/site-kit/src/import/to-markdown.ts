/**
 * The main text of a page as Markdown, by Turndown, with each picture and link re-pointed by the
 * caller (a copied file, a site link, an absolute address) or dropped; a dropped link keeps its
 * text. Figures keep their caption as the picture's title, which site-kit shows under it.
 */
import TurndownService from 'turndown';

export interface Relinker {
  /** Where a picture now is (`images/a.jpg`), or undefined to leave it out. */
  image(src: string): string | undefined;
  /** Where a link now leads, or undefined to keep only its text. */
  link(href: string): string | undefined;
}

export function toMarkdown(html: string, relink: Relinker): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
  });
  const picture = (img: HTMLElement, caption?: string) => {
    const src = img.getAttribute('src');
    const url = src ? relink.image(src) : undefined;
    if (!url) return '';
    const alt = escapeText(img.getAttribute('alt') ?? '');
    return `![${alt}](${destination(url)}${caption ? ` ${quoted(caption)}` : ''})`;
  };
  service.addRule('figure', {
    filter: (node) => node.nodeName === 'FIGURE' && node.querySelector('img') !== null,
    replacement: (_content, node) => {
      const figure = node as HTMLElement;
      const img = figure.querySelector('img') as HTMLElement;
      const caption = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
      const md = picture(img, caption || undefined);
      return md ? `\n\n${md}\n\n` : '';
    },
  });
  service.addRule('picture', {
    filter: 'img',
    replacement: (_content, node) => picture(node as HTMLElement),
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      const url = relink.link((node as HTMLElement).getAttribute('href') ?? '');
      if (!url || !content.trim()) return content;
      return `[${content}](${destination(url)})`;
    },
  });
  return service
    .turndown(html)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A link destination Markdown reads whole: in <…> when it holds spaces or brackets. */
const destination = (url: string) =>
  /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;

const escapeText = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\[\]])/g, '\\$1');

/** A picture's title in the quotes it does not contain (site-kit's samples use '…'). */
function quoted(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/(["\\])/g, '\\$1')}"`;
}
