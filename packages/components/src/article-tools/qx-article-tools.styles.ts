import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorTextMuted,
  fontLineHeightNormal,
  fontSizeSm,
  radiusMd,
  space1,
  space2,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles, pressedInForcedColors } from '../internal/styles.js';

export const articleToolsStyles = [
  hostStyles,
  focusRing,
  pressedInForcedColors,
  css`
    :host {
      display: block;
      font-size: ${fontSizeSm};
      line-height: ${fontLineHeightNormal};
      color: var(--qx-article-tools-color, ${colorTextMuted});
    }
    [part='base'],
    [part='size'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space2};
    }
    [part='size'] {
      gap: ${space1};
      margin-inline-end: ${space2};
    }
    button {
      min-block-size: 2.75em;
      min-inline-size: 2.75em;
      margin: 0;
      padding: ${space1} ${space2};
      font: inherit;
      color: inherit;
      background: ${colorSurface};
      border: ${borderWidthThin} solid ${colorBorder};
      border-radius: ${radiusMd};
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      color: ${colorOnPrimary};
      background: ${colorPrimary};
      border-color: ${colorPrimary};
    }
    [part='message'] {
      flex-basis: 100%;
      margin: 0;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
