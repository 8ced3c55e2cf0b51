import { css } from 'lit';
import { colorTextMuted, fontLineHeightNormal, space4 } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const photoNewsStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      line-height: ${fontLineHeightNormal};
    }
    div {
      display: grid;
      /* As many columns as fit, one on a phone; min() keeps a narrow screen from overflowing. */
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--qx-photo-news-min-width, 14em)), 1fr)
      );
      gap: var(--qx-photo-news-gap, ${space4});
    }
    [hidden] {
      display: none;
    }
    [part='empty'] {
      margin: 0;
      padding-block: ${space4};
      color: var(--qx-photo-news-muted-color, ${colorTextMuted});
    }
  `,
];
