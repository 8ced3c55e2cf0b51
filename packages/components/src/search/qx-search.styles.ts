import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorText,
  colorTextMuted,
  fontLineHeightNormal,
  fontSizeMd,
  radiusSm,
  space1,
  space2,
} from '@qiaoxin/tokens/lit.js';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';

const border = css`
  ${borderWidthThin} solid var(--qx-search-border-color, ${colorBorder})
`;

/** The form and the status line; the results panel's styles come with it, on first use. */
export const searchStyles = [
  hostStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      position: relative;
      font-size: ${fontSizeMd};
      line-height: ${fontLineHeightNormal};
    }
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space2};
    }
    input,
    button {
      font: inherit;
      padding: ${space1} ${space2};
      border: ${border};
      border-radius: ${radiusSm};
    }
    input {
      /* Width 0 so the field's own default width (wide at 200 % text) never forces the row
         wider than the screen; flex still gives it 8em and more (WCAG 1.4.10). */
      flex: 1 1 8em;
      width: 0;
      min-width: 0;
      color: ${colorText};
      background: ${colorSurface};
    }
    button {
      color: var(--qx-search-button-color, ${colorOnPrimary});
      background: var(--qx-search-button-background, ${colorPrimary});
      cursor: var(--qx-cursor, pointer);
    }
    [role='status'] {
      margin: ${space2} 0 0;
      color: ${colorTextMuted};
    }
  `,
];
