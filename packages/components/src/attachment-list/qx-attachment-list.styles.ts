import { css } from 'lit';
import { fontLineHeightNormal } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const attachmentListStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      line-height: ${fontLineHeightNormal};
    }
    [role='list'] {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
];
