import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorText,
  fontLineHeightTight,
  fontSizeMd,
  fontWeightMedium,
  radiusMd,
  space1,
  space10,
  space2,
  space3,
} from '@qiaoxin/tokens/lit.js';
import {
  focusRing,
  hostStyles,
  pressedInForcedColors,
  visuallyHidden,
} from '../internal/styles.js';

export const elderModeStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  pressedInForcedColors,
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: ${space2};
      max-inline-size: 100%;
      min-block-size: ${space10};
      margin: 0;
      padding: ${space1} ${space3};
      font: inherit;
      font-size: var(--qx-elder-mode-font-size, ${fontSizeMd});
      font-weight: ${fontWeightMedium};
      line-height: ${fontLineHeightTight};
      text-align: start;
      color: var(--qx-elder-mode-color, ${colorText});
      background: ${colorSurface};
      border: ${borderWidthThin} solid ${colorBorder};
      border-radius: ${radiusMd};
      cursor: var(--qx-cursor, pointer);
    }
    button[aria-pressed='true'] {
      color: ${colorOnPrimary};
      background: var(--qx-elder-mode-active-color, ${colorPrimary});
      border-color: var(--qx-elder-mode-active-color, ${colorPrimary});
    }
    /* A box that shows a tick when on, so the state never rests on colour alone. */
    [part='indicator'] {
      display: inline-grid;
      place-items: center;
      flex: none;
      inline-size: 1em;
      block-size: 1em;
      border: ${borderWidthThin} solid currentColor;
      border-radius: ${radiusMd};
    }
    [part='label'] {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
  `,
];
