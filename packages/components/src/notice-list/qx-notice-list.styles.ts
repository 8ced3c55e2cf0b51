import { css } from 'lit';
import { colorTextMuted, space4 } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const noticeListStyles = [
  hostStyles,
  css`
    :host {
      display: block;
    }
    [part='empty'] {
      margin-block: ${space4};
      color: var(--qx-notice-list-muted-color, ${colorTextMuted});
    }
  `,
];
