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
} from '@qiaoxin/tokens/vars.js';
import { hostStyles } from '../internal/styles.js';
import { token } from '../internal/token.js';

export const statGroupStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      /* Room for about five characters of a figure: one column at 320px, four when wide. */
      --_min: var(--qx-stat-group-column-min-width, calc(${token(fontSize3xl)} * 5));
      --_gap: var(--qx-stat-group-gap, ${token(space6)});
    }
    [part='base'] {
      padding: var(--qx-stat-group-padding, ${token(space6)});
      background: var(--qx-stat-group-background, ${token(colorSurfaceSubtle)});
    }
    [part='heading'] {
      margin: 0 0 ${token(space4)};
      color: var(--qx-stat-group-heading-color, ${token(colorText)});
      font-size: var(--qx-stat-group-heading-size, ${token(fontSizeXl)});
      font-weight: ${token(fontWeightBold)};
      line-height: ${token(fontLineHeightTight)};
    }
    [part='heading'][hidden] {
      display: none;
    }
    [part='grid'] {
      display: grid;
      /* A column is never narrower than a quarter of the row, which caps the grid at four. */
      grid-template-columns: repeat(
        auto-fit,
        minmax(max(var(--_min), (100% - 3 * var(--_gap)) / 4), 1fr)
      );
      gap: var(--_gap);
      min-width: 0;
    }
  `,
];
