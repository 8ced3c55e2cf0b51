import { css } from 'lit';
import {
  colorBorder,
  colorLink,
  colorLinkHover,
  colorOnPrimary,
  colorPrimary,
  colorTextMuted,
  fontLineHeightTight,
  fontSizeMd,
  radiusMd,
  space1,
  space2,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';

// Each link is at least 2.5em square (44px at 200% text) so it is easy to hit on a phone;
// the row wraps rather than overflow at 320px.
export const paginationStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      font-size: ${fontSizeMd};
      line-height: ${fontLineHeightTight};
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: center;
      gap: ${space2};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a,
    [part='current'],
    [part='ellipsis'] {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      min-inline-size: 2.5em;
      min-block-size: 2.5em;
      padding: ${space1} ${space2};
      border: 1px solid transparent;
      border-radius: ${radiusMd};
    }
    a {
      color: var(--qx-pagination-link-color, ${colorLink});
      border-color: var(--qx-pagination-border-color, ${colorBorder});
      text-decoration: none;
    }
    a:hover {
      color: ${colorLinkHover};
    }
    [part='current'] {
      background: var(--qx-pagination-current-background, ${colorPrimary});
      color: var(--qx-pagination-current-color, ${colorOnPrimary});
      font-weight: bold;
    }
    [part='ellipsis'],
    [part='status'] {
      color: ${colorTextMuted};
    }
    @media (forced-colors: active) {
      /* Backgrounds are dropped in forced colours; keep the current page marked. */
      [part='current'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
