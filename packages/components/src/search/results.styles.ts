import { css } from 'lit';
import {
  borderWidthThin,
  colorBorder,
  colorLink,
  colorSurface,
  colorSurfaceSubtle,
  colorText,
  fontLineHeightRelaxed,
  fontSizeSm,
  fontWeightBold,
  radiusSm,
  space1,
  space2,
  space3,
} from '@qiaoxin/tokens/lit.js';

const border = css`
  ${borderWidthThin} solid
    var(--qx-search-border-color, ${colorBorder})
`;

/** The results panel, pop-up or in the page: loaded with it, on first use. */
export const resultStyles = css`
  [part='panel'] {
    color: ${colorText};
    background: var(--qx-search-panel-background, ${colorSurface});
  }
  .popup {
    position: absolute;
    /* Anchored to the end: in a header the field sits at the end of the tools. */
    inset-inline-end: 0;
    top: 100%;
    z-index: 10;
    box-sizing: border-box;
    width: max(100%, min(24em, 100vw - 2 * ${space2}));
    max-height: var(--qx-search-panel-max-height, 70vh);
    overflow: auto;
    margin-top: ${space1};
    padding: ${space2} ${space3};
    border: ${border};
    border-radius: ${radiusSm};
    box-shadow: 0 ${space1} ${space3} rgb(0 0 0 / 0.15);
  }
  [part='results'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='result'] {
    padding: ${space2} 0;
  }
  [part='result'] + [part='result'] {
    border-top: ${border};
  }
  [part='link'],
  [part='all'] {
    color: var(--qx-search-link-color, ${colorLink});
    font-weight: ${fontWeightBold};
    overflow-wrap: anywhere;
  }
  [part='excerpt'],
  [part='message'] {
    margin: ${space1} 0 0;
    font-size: ${fontSizeSm};
    line-height: ${fontLineHeightRelaxed};
    overflow-wrap: anywhere;
  }
  [part='all'] {
    display: inline-block;
    margin-top: ${space2};
  }
  mark {
    color: inherit;
    background: var(--qx-search-mark-background, ${colorSurfaceSubtle});
    /* Not colour alone: the matched words are also bold. */
    font-weight: ${fontWeightBold};
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      color: MarkText;
      background: Mark;
    }
    .popup {
      border-color: CanvasText;
    }
  }
`;
