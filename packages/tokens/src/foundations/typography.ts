// The type scale, families, weights and line heights, each with Chinese and English text.
import { html } from 'lit';
import { fontFamilies, fontSizes, fontWeights, lineHeights, groupTable } from './shared.js';

const zhSample = '凝聚侨心侨力，共建美好家园。重庆市归国华侨联合会';
const enSample = 'Uniting overseas Chinese: Chongqing Federation of Returned Overseas Chinese';

export function typography() {
  const sample = (style: string) => html`
    <td>
      <div style=${style}>
        <span lang="zh-CN">${zhSample}</span><br /><span lang="en">${enSample}</span>
      </div>
    </td>
  `;
  return html`
    ${groupTable('Type scale', ['Token', 'Value', 'Chinese and English sample'], fontSizes, (t) =>
      sample(`font-size: var(${t.name}); line-height: var(--qx-font-line-height-tight)`),
    )}
    ${groupTable('Font families', ['Token', 'Value', 'Sample'], fontFamilies, (t) =>
      sample(`font-family: var(${t.name}); font-size: var(--qx-font-size-lg)`),
    )}
    ${groupTable('Font weights', ['Token', 'Value', 'Sample'], fontWeights, (t) =>
      sample(`font-weight: var(${t.name}); font-size: var(--qx-font-size-lg)`),
    )}
    ${groupTable(
      'Line heights',
      ['Token', 'Value', 'Sample (the Chongqing article)'],
      lineHeights,
      (t) => html`
        <td style="max-inline-size: 28rem">
          <p lang="zh-CN" style="margin: 0; line-height: var(${t.name})">
            重庆是西部大开发重要的战略支点、一带一路和长江经济带联结点以及内陆开放高地。充分发挥海内外侨胞融通中外、联系广泛的独特优势，凝聚侨界力量助力新时代新征程新重庆建设。
          </p>
        </td>
      `,
    )}
  `;
}
