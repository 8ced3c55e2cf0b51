/**
 * The theme editor's HTML: every label, hint and heading is in the page as sent (in the
 * webmaster's language), so the form is labelled before any script runs; client.ts fills in the
 * values, the palette, the contrast tables and the preview. The strings the script words itself
 * travel in a JSON data block (data blocks are not run, so the page's policy allows no inline
 * script at all).
 */
import { escapeAttr, escapeText } from '../html.js';
import { t, type MessageKey, type MessageLang } from '../messages/index.js';
import { brandKeys } from '../theme/index.js';
import { maxLogoBytes } from './logo.js';

/** The page's content security policy: its own script and style, frames of its own preview. */
export const pagePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** The strings client.ts words at run time. */
const clientKeys = [
  'editor.fix',
  'editor.saved',
  'editor.refused',
  'editor.refusedFields',
  'editor.failed',
  'editor.allPass',
  'editor.someFail',
  'editor.invalid',
  'editor.mode.normal',
  'editor.mode.elder',
  'editor.col.foreground',
  'editor.col.background',
  'editor.col.sample',
  'editor.col.ratio',
  'editor.col.min',
  'editor.col.result',
  'editor.pass',
  'editor.fail',
  'editor.logoChoose',
  'editor.logoNone',
  'editor.previewProblems',
] as const satisfies readonly MessageKey[];

export interface PageInput {
  /** `/<token>/theme`: every URL of the editor starts with it. */
  root: string;
  /** Where "back to the content editor" leads. */
  back: string;
  lang: MessageLang;
  siteName: string;
}

const e = escapeText;
const a = escapeAttr;

export function editorPage({ root, back, lang, siteName }: PageInput): string {
  const other: MessageLang = lang === 'zh' ? 'en' : 'zh';
  const data = {
    lang,
    api: `${root}/api/`,
    strings: Object.fromEntries(clientKeys.map((k) => [k, t(k)])),
  };
  const fields = brandKeys.map((key) => {
    const name = t(`editor.key.${key}`);
    const hint = t(key === 'primary' ? 'editor.hintRequired' : 'editor.hintOptional');
    return `<div class="field" data-key="${key}">
<label for="${key}-text">${e(name)} <code>${key}</code></label>
<p class="hint" id="${key}-hint">${e(hint)}</p>
<div class="inputs">
<input type="color" id="${key}-picker" aria-label="${a(t('editor.picker', { name }))}" aria-describedby="${key}-hint">
<input type="text" id="${key}-text" name="${key}" autocomplete="off" spellcheck="false" ${key === 'primary' ? 'required aria-required="true" ' : ''}aria-describedby="${key}-hint ${key}-problem">
</div>
<div class="problem" id="${key}-problem"></div>
</div>`;
  });
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('editor.title'))} · ${e(siteName)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${a(root)}/editor.css">
<script type="module" src="${a(root)}/client/editor.js"></script>
<script type="application/json" id="qx-theme-editor">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
</head>
<body>
<header class="top">
<h1>${e(t('editor.title'))} <span class="site">${e(siteName)}</span></h1>
<nav aria-label="${a(t('editor.title'))}">
<a href="${a(back)}">${e(t('editor.back'))}</a>
<a href="?lang=${other}" lang="${other === 'zh' ? 'zh-CN' : 'en'}" hreflang="${other === 'zh' ? 'zh-CN' : 'en'}">${e(t('editor.otherLang'))}</a>
</nav>
</header>
<main>
<p>${e(t('editor.intro'))}</p>
<noscript><p class="problem">${e(t('editor.noscript'))}</p></noscript>
<div class="columns">
<section aria-labelledby="colours-heading">
<h2 id="colours-heading">${e(t('editor.colours'))}</h2>
<form id="theme-form" novalidate>
${fields.join('\n')}
<p class="problem" id="file-problem" hidden></p>
<p class="problem" id="file-unreadable" hidden></p>
<button type="submit" id="save">${e(t('editor.save'))}</button>
<p id="save-status" role="status"></p>
</form>
<p id="contrast-status" class="summary" role="status"></p>
</section>
<section aria-labelledby="logo-heading">
<h2 id="logo-heading">${e(t('editor.logo'))}</h2>
<figure class="logo">
<img id="logo-image" alt="${a(t('editor.logoCurrent'))}" hidden>
<figcaption id="logo-caption">${e(t('editor.logoCurrent'))}</figcaption>
</figure>
<form id="logo-form" novalidate>
<label for="logo-file">${e(t('editor.logoFile', { max: maxLogoBytes / 1024 / 1024 }))}</label>
<input type="file" id="logo-file" accept="image/png,image/jpeg,image/webp,image/svg+xml,.png,.jpg,.jpeg,.webp,.svg">
<button type="submit" id="logo-upload">${e(t('editor.logoUpload'))}</button>
<p id="logo-status" role="status"></p>
</form>
</section>
</div>
<section aria-labelledby="palette-heading">
<h2 id="palette-heading">${e(t('editor.palette'))}</h2>
<div id="palette" class="palettes"></div>
</section>
<section aria-labelledby="pairs-heading">
<h2 id="pairs-heading">${e(t('editor.pairs'))}</h2>
<div id="pairs"></div>
</section>
<section aria-labelledby="preview-heading">
<h2 id="preview-heading">${e(t('editor.preview'))}</h2>
<fieldset class="modes">
<legend>${e(t('editor.previewMode'))}</legend>
<label><input type="radio" name="preview-mode" value="normal" checked> ${e(t('editor.mode.normal'))}</label>
<label><input type="radio" name="preview-mode" value="elder"> ${e(t('editor.mode.elder'))}</label>
</fieldset>
<div id="preview-problems" class="problem" hidden></div>
<div class="frames">
<iframe id="preview-home" title="${a(t('editor.previewHome'))}"></iframe>
<iframe id="preview-article" title="${a(t('editor.previewArticle'))}"></iframe>
</div>
</section>
</main>
</body>
</html>
`;
}
