import { css } from 'lit';
import {
  borderWidthThick,
  borderWidthThin,
  colorDivider,
  colorLink,
  colorLinkHover,
  colorPrimary,
  colorTextMuted,
  fontLineHeightTight,
  fontSizeSm,
  fontSizeXl,
  fontWeightBold,
  space1,
  space2,
  space4,
} from '@qiaoxin/tokens/vars.js';
import { focusRing, hostStyles } from '../internal/styles.js';
import { token } from '../internal/token.js';

export const sectionHeadingStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    [part='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      column-gap: ${token(space4)};
      border-bottom: ${token(borderWidthThin)} solid ${token(colorDivider)};
    }
    [part='heading'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${token(space2)};
      min-width: 0;
      margin: 0 0 calc(-1 * ${token(borderWidthThin)});
      padding-block-end: ${token(space1)};
      /* The accent: a thick primary rule under the title, over the thin divider. */
      border-bottom: ${token(borderWidthThick)} solid
        var(--qx-section-heading-accent-color, ${token(colorPrimary)});
      font-size: var(--qx-section-heading-font-size, ${token(fontSizeXl)});
      font-weight: ${token(fontWeightBold)};
      line-height: ${token(fontLineHeightTight)};
    }
    [part='caption'] {
      color: var(--qx-section-heading-caption-color, ${token(colorTextMuted)});
      font-size: ${token(fontSizeSm)};
      font-weight: normal;
      text-transform: uppercase;
    }
    [part='more'] {
      flex-shrink: 0;
      font-size: ${token(fontSizeSm)};
      color: var(--qx-section-heading-link-color, ${token(colorLink)});
      text-decoration: none;
    }
    [part='more']:hover {
      color: ${token(colorLinkHover)};
      text-decoration: underline;
    }
    [part='more']::after {
      /* A decorative chevron with empty alternative text. */
      content: ' ›' / '';
    }
  `,
];
