// Spacing, radius, borders, focus and breakpoints.
import { html } from 'lit';
import { bordersAndFocus, breakpoints, radii, spaces, groupTable, type Token } from './shared.js';

/** A group drawn as a `shape` whose `property` is the token: bars for space, boxes for radius. */
const drawnTable = (
  caption: string,
  heading: string,
  group: Token[],
  shape: string,
  property: string,
) =>
  groupTable(
    caption,
    ['Token', 'Value', heading],
    group,
    (t) => html`<td><div class=${shape} style=${`${property}: var(${t.name})`}></div></td>`,
  );

export const spacing = () => drawnTable('Spacing', 'Size', spaces, 'bar', 'inline-size');
export const radius = () => drawnTable('Radius', 'Shape', radii, 'box', 'border-radius');

export function bordersAndLayout() {
  return html`
    ${groupTable(
      'Borders and focus',
      ['Token', 'Value', 'Sample'],
      bordersAndFocus,
      (t) => html`
        <td>
          <div
            class="box"
            style=${
              t.path[0] === 'border'
                ? `border-width: var(${t.name})`
                : `outline: var(--qx-focus-ring-width) solid var(--qx-color-focus); outline-offset: var(--qx-focus-ring-offset)`
            }
          ></div>
        </td>
      `,
    )}
    ${groupTable('Breakpoints', ['Token', 'Value'], breakpoints)}
  `;
}
