import { css } from 'lit';
import { colorTextMuted, fontLineHeightNormal, fontSizeMd, space4 } from '@qiaoxin/tokens/vars.js';
import { hostStyles } from '../internal/styles.js';
import { token } from '../internal/token.js';

export const newsListStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      font-size: var(--qx-news-list-font-size, ${token(fontSizeMd)});
      line-height: ${token(fontLineHeightNormal)};
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='empty'] {
      margin: 0;
      padding-block: ${token(space4)};
      color: var(--qx-news-list-date-color, ${token(colorTextMuted)});
    }
  `,
];
