// Spacing, radius, borders, focus and breakpoints.
import { html } from 'lit';
import {
  bordersAndFocus,
  breakpoints,
  nameCell,
  radii,
  spaces,
  table,
  valueCell,
} from './shared.js';

export function spacing() {
  return table(
    'Spacing',
    ['Token', 'Value', 'Size'],
    spaces.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)} ${valueCell(t)}
          <td><div class="bar" style="inline-size: var(${t.name})"></div></td>
        </tr>`,
    ),
  );
}

export function radius() {
  return table(
    'Radius',
    ['Token', 'Value', 'Shape'],
    radii.map(
      (t) =>
        html`<tr data-token=${t.name}>
          ${nameCell(t)} ${valueCell(t)}
          <td><div class="box" style="border-radius: var(${t.name})"></div></td>
        </tr>`,
    ),
  );
}

export function bordersAndLayout() {
  return html`
    ${table(
      'Borders and focus',
      ['Token', 'Value', 'Sample'],
      bordersAndFocus.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
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
          </tr>`,
      ),
    )}
    ${table(
      'Breakpoints',
      ['Token', 'Value'],
      breakpoints.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
          </tr>`,
      ),
    )}
  `;
}
