// The Colour page: every colour token with its contrast against body text and the surface, and
// the contrast pairs of contrast-pairs.json (the one table the token tests, site-kit and
// create-qiaoxin-site check) measured live. Contrast is culori's WCAG 2 ratio, the library the
// token tests and site-kit use, so this page cannot disagree with them.
import { html, nothing } from 'lit';
import { parse, wcagContrast, type Color } from 'culori';
import contrastPairs from '../../contrast-pairs.json' with { type: 'json' };
import { colourTokens, nameCell, table, valueCell } from './shared.js';

export interface ContrastPair {
  foreground: string;
  background: string;
  normal: number;
  elder: number;
  use: string;
}
export const pairs: ContrastPair[] = contrastPairs.pairs;

/**
 * The colour a token paints now, as the browser computed it: the toolbar's district theme,
 * the forced-colours preview and elder mode (`<html data-qx-elder>`) all apply. The browser
 * resolves var() and system colours; culori reads what it answers (rgb(), oklch() …).
 */
function painted(token: string): Color | undefined {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return parse(computed);
}

/** WCAG 2 contrast of two tokens as painted now, or undefined if either cannot be read. */
function measured(a: string, b: string): number | undefined {
  const [x, y] = [painted(a), painted(b)];
  return x && y ? wcagContrast(x, y) : undefined;
}

/** `4.49` for 4.4999: rounded down, so a ratio shown never seems to pass when it does not. */
const ratioText = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

const rating = (ratio: number) =>
  ratio >= 7 ? 'AAA' : ratio >= 4.5 ? 'AA' : ratio >= 3 ? 'AA large text / UI' : 'decoration only';

const ratioCell = (ratio: number | undefined) =>
  ratio === undefined
    ? html`<td>—</td>`
    : html`<td><strong>${ratioText(ratio)}</strong><br /><small>${rating(ratio)}</small></td>`;

function tokenTable() {
  return table(
    'Colour',
    [
      'Token',
      'Swatch',
      'Value',
      'Against text (--qx-color-text)',
      'Against surface (--qx-color-surface)',
    ],
    colourTokens.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)}
          <td><div class="swatch" style="background: var(${t.name})"></div></td>
          ${valueCell(t)} ${ratioCell(measured(t.name, '--qx-color-text'))}
          ${ratioCell(measured(t.name, '--qx-color-surface'))}
        </tr>`,
    ),
    'colour-tokens',
  );
}

/** One pair: measured now against the minimum of the mode in effect; the result in words. */
function pairRow(pair: ContrastPair, elder: boolean) {
  const [fg, bg] = [`--qx-color-${pair.foreground}`, `--qx-color-${pair.background}`];
  const ratio = measured(fg, bg);
  const min = elder ? pair.elder : pair.normal;
  const needs = (mode: 'normal' | 'elder') =>
    (mode === 'elder') === elder
      ? html`<strong>${pair[mode]}:1 ${mode} (in effect)</strong>`
      : html`${pair[mode]}:1 ${mode}`;
  const result =
    ratio === undefined ? 'Not measured' : ratio >= min ? '✓ Pass' : `✗ Fail (below ${min}:1)`;
  return html`<tr data-pair="${pair.foreground} on ${pair.background}">
    <th scope="row">
      <code>${fg}</code> on <code>${bg}</code><br /><small class="note">${pair.use}</small>
    </th>
    <td>
      <div class="pair" style="background: var(${bg})">
        <div style="background: var(${fg})"></div>
      </div>
    </td>
    <td>${ratio === undefined ? '—' : html`<strong>${ratioText(ratio)}</strong>`}</td>
    <td>${needs('normal')}<br />${needs('elder')}</td>
    <td data-result>${result}</td>
  </tr>`;
}

function pairTable() {
  const elder = document.documentElement.hasAttribute('data-qx-elder');
  return html`
    ${table(
      `Contrast pairs (${elder ? 'elder mode' : 'normal mode'})`,
      ['Foreground on background', 'Sample', 'Measured now', 'Needs (WCAG 2.2)', 'Result'],
      pairs.map((pair) => pairRow(pair, elder)),
      'contrast-pairs',
    )}
    <p class="note">
      Which colour is painted on which, from <code>@qiaoxin/tokens/contrast-pairs.json</code>: the
      token tests, the portal build (<code>theme.json</code>) and create-qiaoxin-site check the same
      pairs. Ratios are measured on the colours in effect (toolbar theme, forced-colours preview)
      and judged against elder mode's minimum when <code>&lt;html data-qx-elder&gt;</code>
      is set${elder ? nothing : ' (it is not now)'}.
    </p>
  `;
}

export const colours = () => html`${tokenTable()} ${pairTable()}`;
