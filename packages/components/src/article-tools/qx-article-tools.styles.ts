import { css } from 'lit';
import { colorTextMuted, space2 } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

export const articleToolsStyles = [
  hostStyles,
  css`
    :host {
      display: block;
    }
    [part='label'] {
      margin-inline-end: ${space2};
      color: var(--qx-article-tools-label-color, ${colorTextMuted});
    }
  `,
];
