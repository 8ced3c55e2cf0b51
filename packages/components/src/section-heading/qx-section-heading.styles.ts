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
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

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
      column-gap: ${space4};
      border-bottom: ${borderWidthThin} solid ${colorDivider};
    }
    [part='heading'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${space2};
      min-width: 0;
      margin: 0 0 calc(-1 * ${borderWidthThin});
      padding-block-end: ${space1};
      /* The accent: a thick primary rule under the title, over the thin divider. */
      border-bottom: ${borderWidthThick} solid
        var(--qx-section-heading-accent-color, ${colorPrimary});
      font-size: var(--qx-section-heading-font-size, ${fontSizeXl});
      font-weight: ${fontWeightBold};
      line-height: ${fontLineHeightTight};
    }
    [part='caption'] {
      color: var(--qx-section-heading-caption-color, ${colorTextMuted});
      font-size: ${fontSizeSm};
      font-weight: normal;
      text-transform: uppercase;
    }
    [part='more'] {
      flex-shrink: 0;
      font-size: ${fontSizeSm};
      color: var(--qx-section-heading-link-color, ${colorLink});
      text-decoration: none;
    }
    [part='more']:hover {
      color: ${colorLinkHover};
      text-decoration: underline;
    }
    [part='more']::after {
      /* A decorative chevron with empty alternative text. */
      content: ' ›' / '';
    }
  `,
];
