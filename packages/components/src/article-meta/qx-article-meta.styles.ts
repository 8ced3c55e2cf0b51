import { css } from 'lit';
import { colorTextMuted, fontSizeSm, fontLineHeightNormal } from '@qiaoxin/tokens/lit.js';
import { hostStyles } from '../internal/styles.js';

// A unit is one field plus the separator after it: lines break between units, and a field
// too long for the line breaks inside itself rather than overflow at 320px. The separator
// keeps its spaces (two in Chinese), which HTML would otherwise collapse into one.
export const articleMetaStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      color: var(--qx-article-meta-color, ${colorTextMuted});
      font-size: var(--qx-article-meta-font-size, ${fontSizeSm});
      line-height: ${fontLineHeightNormal};
    }
    .unit {
      display: inline-block;
      max-width: 100%;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    .separator {
      white-space: pre-wrap;
    }
  `,
];
