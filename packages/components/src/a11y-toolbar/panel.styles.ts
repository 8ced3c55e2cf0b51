import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorFocus,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorSurfaceSubtle,
  colorText,
  fontLineHeightTight,
  fontSize4xl,
  fontSizeMd,
  fontWeightBold,
  fontWeightMedium,
  radiusMd,
  space1,
  space10,
  space2,
  space3,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles } from '../internal/styles.js';

// Sizes in tokens, so the bar grows with the text size it sets; it wraps, so at 200 % and
// 320 px nothing scrolls sideways.
export const panelStyles = [
  hostStyles,
  focusRing,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    [part='bar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space2} ${space3};
      padding: ${space2} ${space3};
      font-size: ${fontSizeMd};
      color: ${colorText};
      background: ${colorSurfaceSubtle};
      border-block-end: ${borderWidthThin} solid ${colorBorder};
    }
    [part='group'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space1};
      min-inline-size: 0;
    }
    [part='group-label'] {
      font-weight: ${fontWeightBold};
      margin-inline-end: ${space1};
    }
    button {
      min-block-size: ${space10};
      max-inline-size: 100%;
      margin: 0;
      padding: ${space1} ${space2};
      font: inherit;
      font-weight: ${fontWeightMedium};
      line-height: ${fontLineHeightTight};
      overflow-wrap: anywhere;
      color: ${colorText};
      background: ${colorSurface};
      border: ${borderWidthThin} solid ${colorBorder};
      border-radius: ${radiusMd};
      cursor: var(--qx-cursor, pointer);
    }
    /* Pressed is filled and ticked: the state never rests on colour alone. */
    [aria-pressed='true'] {
      color: ${colorOnPrimary};
      background: ${colorPrimary};
      border-color: ${colorPrimary};
    }
    [aria-pressed='true']::before {
      content: '✓ ' / '';
    }
    [part='guide'] {
      position: fixed;
      inset-block-start: 0;
      inset-inline: 0;
      z-index: 2147483000;
      block-size: ${space1};
      margin-block-start: calc(${space1} / -2);
      background: ${colorFocus};
      outline: ${borderWidthThin} solid ${colorSurface};
      pointer-events: none;
    }
    [part='captions'] {
      position: fixed;
      inset-block-end: 0;
      inset-inline: 0;
      z-index: 2147483000;
      max-block-size: 40vh;
      overflow: hidden;
      padding: ${space2} ${space3};
      /* At least 40 px, as the 适老化 specification asks, whatever the root size. */
      font-size: max(40px, ${fontSize4xl});
      line-height: ${fontLineHeightTight};
      overflow-wrap: anywhere;
      color: ${colorText};
      background: ${colorSurface};
      border-block-start: ${borderWidthThin} solid ${colorBorder};
      pointer-events: none;
    }
    @media (forced-colors: active) {
      button,
      [part='captions'] {
        border-color: CanvasText;
      }
      [aria-pressed='true'] {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
      }
      [part='guide'] {
        forced-color-adjust: none;
        background: Highlight;
      }
    }
  `,
];
