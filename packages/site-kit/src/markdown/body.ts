import { html, type TemplateResult } from 'lit';
import type Token from 'markdown-it/lib/token.mjs';
import { imageTag, isFigure, md, parseMarkdown, type RenderEnv } from './markdown.js';
import { rawHtml } from '../render/raw-html.js';

/**
 * A Markdown body as a Lit template, for one page of one edition. Figures become `<qx-figure>`
 * templates, so Lit renders each one's shadow DOM on the server and its caption is in the
 * HTML; everything between them is markdown-it's HTML, as `md.render` writes it, put in the
 * page after Lit (render/raw-html.ts). The token stream is cut at the figures, so no HTML
 * string is ever parsed again.
 */
export function markdownBody(source: string, env: RenderEnv): TemplateResult {
  const { tokens, env: full } = parseMarkdown(source, env);
  const { rules } = md.renderer;
  const out: unknown[] = [];
  let chunk = '';
  const flush = () => {
    out.push(rawHtml(chunk));
    chunk = '';
  };
  const inline = (children: Token[]) => {
    let from = 0;
    children.forEach((child, i) => {
      if (!isFigure(child)) return;
      chunk += md.renderer.renderInline(children.slice(from, i), md.options, full);
      flush();
      out.push(
        html`<qx-figure caption=${child.attrGet('title') ?? ''}
          >${rawHtml(imageTag(child, full))}</qx-figure
        >`,
      );
      from = i + 1;
    });
    chunk += md.renderer.renderInline(children.slice(from), md.options, full);
  };
  // As markdown-it's own Renderer.render, block by block, with the figures taken out.
  tokens.forEach((token, i) => {
    const rule = rules[token.type];
    if (token.type === 'inline') inline(token.children ?? []);
    else if (rule) chunk += rule(tokens, i, md.options, full, md.renderer);
    else chunk += md.renderer.renderToken(tokens, i, md.options);
  });
  flush();
  return html`${out}`;
}
