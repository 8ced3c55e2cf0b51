import { css } from 'lit';
import {
  colorPrimary,
  colorTextMuted,
  fontLineHeightTight,
  fontSize3xl,
  fontSizeLg,
  fontWeightBold,
} from '@qiaoxin/tokens/lit.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';

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
      display: block;
      color: var(--qx-stat-counter-value-color, ${colorPrimary});
      font-size: var(--qx-stat-counter-value-size, ${fontSize3xl});
      font-weight: ${fontWeightBold};
      line-height: ${fontLineHeightTight};
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .number {
      display: inline-grid;
      justify-items: start;
    }
    .number > * {
      grid-area: 1 / 1;
    }
    .reserve {
      visibility: hidden;
    }
    [part='qualifier'],
    [part='unit'] {
      font-size: ${fontSizeLg};
    }
    [part='label'] {
      display: block;
      color: var(--qx-stat-counter-label-color, ${colorTextMuted});
    }
  `,
];
