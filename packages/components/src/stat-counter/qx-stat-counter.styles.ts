import { css } from 'lit';
import {
  colorPrimary,
  colorTextMuted,
  fontLineHeightTight,
  fontSize3xl,
  fontSizeLg,
  fontWeightBold,
} from '@qiaoxin/tokens/vars.js';
import { hostStyles, token, visuallyHidden } from '../internal/styles.js';

export const statCounterStyles = [
  hostStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      /* Anchors the visually hidden text so it never widens a scrolling ancestor. */
      position: relative;
    }
    .figure {
      /* The live figure and an invisible copy of the final one share one cell, so the cell
         is always as large as the final text and counting never shifts the layout. */
      display: grid;
      color: var(--qx-stat-counter-value-color, ${token(colorPrimary)});
      font-size: var(--qx-stat-counter-value-size, ${token(fontSize3xl)});
      font-weight: ${token(fontWeightBold)};
      line-height: ${token(fontLineHeightTight)};
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .figure > * {
      grid-area: 1 / 1;
    }
    .reserve {
      visibility: hidden;
    }
    [part='qualifier'],
    [part='unit'] {
      font-size: ${token(fontSizeLg)};
    }
    [part='label'] {
      display: block;
      color: var(--qx-stat-counter-label-color, ${token(colorTextMuted)});
    }
  `,
];
