// What every foundations page shares: the tokens of dist/tokens.json (the defaults; elder-mode
// overrides share their names), their groups, their live values, and the table cells.
import { html, nothing, type TemplateResult } from 'lit';
import tokenList from '../../dist/tokens.json' with { type: 'json' };
import { styles } from './styles.js';

export interface Token {
  name: string;
  value: string;
  type: string;
  path: string[];
  description: string;
}

// The defaults only: elder-mode overrides (`mode: "elder"`) share their names.
export const tokens: Token[] = tokenList.filter((t) => !('mode' in t));
export const inGroup = (...prefix: string[]) =>
  tokens.filter((t) => prefix.every((part, i) => t.path[i] === part));

// The token groups, one per table below.
export const colourTokens = tokens.filter((t) => t.type === 'color');
export const fontSizes = inGroup('font', 'size');
export const fontFamilies = inGroup('font', 'family');
export const fontWeights = inGroup('font', 'weight');
export const lineHeights = inGroup('font', 'line-height');
export const spaces = inGroup('space');
export const radii = inGroup('radius');
export const bordersAndFocus = [...inGroup('border'), ...inGroup('focus')];
export const breakpoints = inGroup('breakpoint');
export const durations = inGroup('motion', 'duration');
export const easings = inGroup('motion', 'easing');
export const shown = new Set([
  ...colourTokens,
  ...fontSizes,
  ...fontFamilies,
  ...fontWeights,
  ...lineHeights,
  ...spaces,
  ...radii,
  ...bordersAndFocus,
  ...breakpoints,
  ...durations,
  ...easings,
]);

/** The value a token has on the page now: a theme or preview may override it. */
export const live = (t: Token) =>
  getComputedStyle(document.documentElement).getPropertyValue(t.name).trim() || t.value;

export const nameCell = (t: Token) => html`
  <th scope="row">
    <code>${t.name}</code>
    ${t.description ? html`<br /><small class="note">${t.description}</small>` : nothing}
  </th>
`;

export const valueCell = (t: Token) => {
  const now = live(t);
  return html`<td>
    <code>${t.value}</code>${
      now !== t.value
        ? html`<br /><small class="note">in effect: <code>${now}</code></small>`
        : nothing
    }
  </td>`;
};

export const page = (content: TemplateResult) =>
  html`${styles}
    <div class="foundations">${content}</div>`;

/** A table of one group; `id` lets a play function find it among the page's tables. */
export const table = (
  caption: string,
  headings: string[],
  rows: TemplateResult[],
  id?: string,
) => html`
  <table id=${id ?? nothing}>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headings.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>
`;

/**
 * A table of one group, a row a token: its name, its value, then the cells `sample` draws for it
 * (none for a group without a sample).
 */
export const groupTable = (
  caption: string,
  headings: string[],
  group: Token[],
  sample: (t: Token) => unknown = () => nothing,
) =>
  table(
    caption,
    headings,
    group.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)} ${valueCell(t)} ${sample(t)}
        </tr>`,
    ),
  );
