/**
 * What the theme editor's page shows of the server's judgement: its DOM helpers, the palettes,
 * the table of every pair and the live region. Browser code, served as is from dist.
 */
// The server's own types (type-only: nothing of the server's code reaches the browser).
import type { Judgement as Judged, PairRow } from '../theme-file.js';
export type { PairRow };
/** The server's judgement of a draft; a saved or refused draft's answer says so in `message`. */
export type Judgement = Judged & { message?: string };
/** A colour the palettes hold, by its token's name (`primary`, `link`…). */
export type PaletteColour = keyof NonNullable<Judged['palettes']>['normal'];

export interface EditorData {
  lang: string;
  api: string;
  strings: Record<string, string>;
}
export type Mode = 'normal' | 'elder';

export const data = JSON.parse(
  document.getElementById('qx-theme-editor')?.textContent ?? '{}',
) as EditorData;
export const modes = ['normal', 'elder'] as const;
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A request to the editor's API, in the page's language. */
export const api = (name: string, init?: RequestInit) =>
  fetch(`${data.api}${name}?lang=${encodeURIComponent(data.lang)}`, init);

/** A catalogue string with `{{name}}` filled in. */
export const say = (key: string, params: Record<string, string | number> = {}) =>
  (data.strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
export function el(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function showPalettes(answer: Judgement) {
  const box = byId('palette');
  if (!answer.palettes) return box.replaceChildren();
  const palettes = answer.palettes;
  box.replaceChildren(
    ...modes.map((mode) => {
      const items = Object.entries(palettes[mode]).map(([token, colour]) => {
        const chip = el('span', { class: 'chip', 'aria-hidden': 'true' });
        chip.style.background = colour;
        return el(
          'li',
          {},
          chip,
          el('code', {}, `--qx-color-${token}`),
          ' ',
          el('span', {}, colour),
        );
      });
      return el(
        'div',
        {},
        el('h3', {}, say(`editor.mode.${mode}`)),
        el('ul', { class: 'swatches' }, ...items),
      );
    }),
  );
}

export function showPairs(answer: Judgement) {
  const box = byId('pairs');
  box.replaceChildren(
    ...modes.map((mode) => {
      const rows = answer.pairs.filter((p) => p.mode === mode);
      const head = [
        'col.foreground',
        'col.background',
        'col.sample',
        'col.ratio',
        'col.min',
        'col.result',
      ];
      const body = rows.map((p) => {
        // A mark of the foreground on the background, not text: a pair of boundary colours
        // (3:1) must not read as text that fails, and the table's words carry the result.
        const mark = el('span', { class: 'mark' });
        mark.style.background = p.fg;
        const sample = el(
          'span',
          { class: 'sample', role: 'img', 'aria-label': `${p.fg} / ${p.bg}` },
          mark,
        );
        sample.style.background = p.bg;
        return el(
          'tr',
          { 'data-pass': String(p.pass), 'data-pair': `${p.foreground} ${p.background}` },
          el('th', { scope: 'row' }, p.fgName),
          el('td', {}, p.bgName),
          el('td', {}, sample),
          el('td', {}, `${p.ratio}:1`),
          el('td', {}, `${p.min}:1`),
          el(
            'td',
            { class: p.pass ? 'pass' : 'fail' },
            p.pass ? `✓ ${say('editor.pass')}` : `✗ ${say('editor.fail')}`,
          ),
        );
      });
      const caption = el('caption', {}, say(`editor.mode.${mode}`));
      const table = el(
        'table',
        {},
        caption,
        el(
          'thead',
          {},
          el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, say(`editor.${h}`)))),
        ),
        el('tbody', {}, ...body),
      );
      // A table wider than the screen at 200 % zoom scrolls inside its own keyboard-reachable box.
      return el(
        'div',
        {
          class: 'scroll',
          role: 'region',
          tabindex: '0',
          'aria-label': say(`editor.mode.${mode}`),
        },
        table,
      );
    }),
  );
}

/** The live region: said once per change of the outcome, not at every keystroke. */
export function announce(answer: Judgement) {
  const failing = answer.pairs.filter((p) => !p.pass);
  const first = Object.values(answer.problems).flat()[0] ?? '';
  const text = !answer.palettes
    ? say('editor.invalid', { first })
    : failing.length
      ? say('editor.someFail', { count: failing.length, first })
      : say('editor.allPass', { count: answer.pairs.length });
  const status = byId('contrast-status');
  if (status.textContent !== text) status.textContent = text;
  status.dataset.pass = String(answer.ok);
}
