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
} from '@qiaoxin/tokens/vars.js';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';
import { token } from '../internal/token.js';

// Each link is at least 2.5em square (44px at 200% text) so it is easy to hit on a phone;
// the row wraps rather than overflow at 320px.
export const paginationStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      font-size: ${token(fontSizeMd)};
      line-height: ${token(fontLineHeightTight)};
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: center;
      gap: ${token(space2)};
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
      padding: ${token(space1)} ${token(space2)};
      border: 1px solid transparent;
      border-radius: ${token(radiusMd)};
    }
    a {
      color: var(--qx-pagination-link-color, ${token(colorLink)});
      border-color: var(--qx-pagination-border-color, ${token(colorBorder)});
      text-decoration: none;
    }
    a:hover {
      color: ${token(colorLinkHover)};
    }
    [part='current'] {
      background: var(--qx-pagination-current-background, ${token(colorPrimary)});
      color: var(--qx-pagination-current-color, ${token(colorOnPrimary)});
      font-weight: bold;
    }
    [part='ellipsis'],
    [part='status'] {
      color: ${token(colorTextMuted)};
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
