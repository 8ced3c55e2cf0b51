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
} from '@qiaoxin/tokens/vars.js';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';
import { token } from '../internal/token.js';

export const elderModeStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: ${token(space2)};
      max-inline-size: 100%;
      min-block-size: ${token(space10)};
      margin: 0;
      padding: ${token(space1)} ${token(space3)};
      font: inherit;
      font-size: var(--qx-elder-mode-font-size, ${token(fontSizeMd)});
      font-weight: ${token(fontWeightMedium)};
      line-height: ${token(fontLineHeightTight)};
      text-align: start;
      color: var(--qx-elder-mode-color, ${token(colorText)});
      background: ${token(colorSurface)};
      border: ${token(borderWidthThin)} solid ${token(colorBorder)};
      border-radius: ${token(radiusMd)};
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      color: ${token(colorOnPrimary)};
      background: var(--qx-elder-mode-active-color, ${token(colorPrimary)});
      border-color: var(--qx-elder-mode-active-color, ${token(colorPrimary)});
    }
    /* A box that shows a tick when on, so the state never rests on colour alone. */
    [part='indicator'] {
      display: inline-grid;
      place-items: center;
      flex: none;
      inline-size: 1em;
      block-size: 1em;
      border: ${token(borderWidthThin)} solid currentColor;
      border-radius: ${token(radiusMd)};
    }
    [part='label'] {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
      button[aria-pressed='true'] {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
        border-color: Highlight;
      }
    }
  `,
];
