import { css } from 'lit';
import { colorText, fontSizeSm, fontLineHeightNormal, space2 } from '@qiaoxin/tokens/lit.js';
import { hostStyles, visuallyHidden } from '../internal/styles.js';

export const breadcrumbsStyles = [
  hostStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      font-size: var(--qx-breadcrumbs-font-size, ${fontSizeSm});
      line-height: ${fontLineHeightNormal};
    }
    nav {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${space2};
      min-width: 0;
    }
    [part='label'] {
      color: var(--qx-breadcrumbs-label-color, ${colorText});
    }
    [part='list'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      min-width: 0;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
];
