import { css } from 'lit';
import { colorTextMuted, fontLineHeightNormal, fontSizeMd, space4 } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const newsListStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      font-size: var(--qx-news-list-font-size, ${fontSizeMd});
      line-height: ${fontLineHeightNormal};
    }
    [part='empty'] {
      margin: 0;
      padding-block: ${space4};
      color: var(--qx-news-list-date-color, ${colorTextMuted});
    }
  `,
];
