// The type scale, families, weights and line heights, each with Chinese and English text.
import { html } from 'lit';
import {
  fontFamilies,
  fontSizes,
  fontWeights,
  lineHeights,
  nameCell,
  table,
  valueCell,
} from './shared.js';

const zhSample = '凝聚侨心侨力，共建美好家园。重庆市归国华侨联合会';
const enSample = 'Uniting overseas Chinese: Chongqing Federation of Returned Overseas Chinese';

export function typography() {
  const sample = (style: string) => html`
    <div style=${style}>
      <span lang="zh-CN">${zhSample}</span><br /><span lang="en">${enSample}</span>
    </div>
  `;
  return html`
    ${table(
      'Type scale',
      ['Token', 'Value', 'Chinese and English sample'],
      fontSizes.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>
              ${sample(`font-size: var(${t.name}); line-height: var(--qx-font-line-height-tight)`)}
            </td>
          </tr>`,
      ),
    )}
    ${table(
      'Font families',
      ['Token', 'Value', 'Sample'],
      fontFamilies.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>${sample(`font-family: var(${t.name}); font-size: var(--qx-font-size-lg)`)}</td>
          </tr>`,
      ),
    )}
    ${table(
      'Font weights',
      ['Token', 'Value', 'Sample'],
      fontWeights.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td>${sample(`font-weight: var(${t.name}); font-size: var(--qx-font-size-lg)`)}</td>
          </tr>`,
      ),
    )}
    ${table(
      'Line heights',
      ['Token', 'Value', 'Sample (the Chongqing article)'],
      lineHeights.map(
        (t) =>
          html`<tr data-token=${t.name}>
            ${nameCell(t)} ${valueCell(t)}
            <td style="max-inline-size: 28rem">
              <p lang="zh-CN" style="margin: 0; line-height: var(${t.name})">
                重庆是西部大开发重要的战略支点、一带一路和长江经济带联结点以及内陆开放高地。充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量助力新时代新征程新重庆建设。
              </p>
            </td>
          </tr>`,
      ),
    )}
  `;
}
