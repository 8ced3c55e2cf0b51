import { css } from 'lit';
import {
  colorSurfaceSubtle,
  colorText,
  fontLineHeightTight,
  fontSize3xl,
  fontSizeXl,
  fontWeightBold,
  space4,
  space6,
} from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const statGroupStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      /* Room for about five characters of a figure: one column at 320px, four when wide. */
      --_min: var(--qx-stat-group-column-min-width, calc(${fontSize3xl} * 5));
      --_gap: var(--qx-stat-group-gap, ${space6});
    }
    [part='base'] {
      padding: var(--qx-stat-group-padding, ${space6});
      background: var(--qx-stat-group-background, ${colorSurfaceSubtle});
    }
    [part='heading'] {
      margin: 0 0 ${space4};
      color: var(--qx-stat-group-heading-color, ${colorText});
      font-size: var(--qx-stat-group-heading-size, ${fontSizeXl});
      font-weight: ${fontWeightBold};
      line-height: ${fontLineHeightTight};
    }
    [part='heading'][hidden] {
      display: none;
    }
    [part='grid'] {
      display: grid;
      /* A column is never narrower than a quarter of the row, which caps the grid at four,
         nor wider than the row, so large text (200 %) at 320px never scrolls sideways. */
      grid-template-columns: repeat(
        auto-fit,
        minmax(min(100%, max(var(--_min), (100% - 3 * var(--_gap)) / 4)), 1fr)
      );
      gap: var(--_gap);
      min-width: 0;
    }
  `,
];
