// The primary colour check, delegated to site-kit: the scaffolder accepts exactly the colours
// `qiaoxin-site build` accepts (`isColour`: any CSS colour, named, rgb(), oklch() …) and refuses
// exactly when the build's contrast check (`checkContrast`, over @qiaoxin/tokens'
// contrast-pairs.json) would, with the same figures and the same nearest passing colour. A
// check of its own could drift from the build's and refuse the build's own suggestion.
import { isColour } from '@qiaoxin/site-kit';
import {
  checkContrast,
  contrast,
  describeFailure,
  formatRatio,
  over,
  parseColour,
  toHex,
} from '@qiaoxin/site-kit/theme';

/** Chinese names of the colour tokens, for the Chinese half of a message. */
const zhNames = {
  primary: '主色',
  'primary-hover': '主色（悬停）',
  'on-primary': '主色上的文字',
  text: '正文',
  'text-muted': '次要文字',
  surface: '页面背景',
  'surface-subtle': '浅色背景',
  border: '边框',
  divider: '分隔线',
  link: '链接',
  'link-hover': '链接（悬停）',
  focus: '焦点框',
};

/** A failing pair in Chinese: `适老化模式下，主色在页面背景上` (the pair as written if unknown). */
function zhPair(/** @type {string} */ pair) {
  const match = /^(elder mode: )?([a-z-]+) on ([a-z-]+)$/.exec(pair);
  const [fg, bg] = [match?.[2], match?.[3]].map((t) => zhNames[/** @type {never} */ (t)]);
  if (!match || !fg || !bg) return pair;
  return `${match[1] ? '适老化模式下，' : ''}${fg}（${match[2]}）在${bg}（${match[3]}）上`;
}

/** The value to write to theme.json: as given, hex lower-cased. */
export const primaryValue = (/** @type {string} */ value) => {
  const v = value.trim();
  return /^#[0-9a-f]+$/i.test(v) ? v.toLowerCase() : v;
};

/**
 * Checks a primary colour as the build will. Undefined when it is fine; otherwise the problem,
 * one line, Chinese first then English, and the nearest colour that passes when there is one.
 * @param {string} value
 * @returns {{ problem: string, nearest?: string } | undefined}
 */
export function checkPrimary(value) {
  const v = primaryValue(String(value ?? ''));
  if (!v) return { problem: '缺少主色 / the primary colour is missing' };
  if (!isColour(v)) {
    const examples = '#00606b, teal, oklch(45% 0.12 200)';
    return {
      problem: `主色 "${v}" 不是可用的 CSS 颜色（例如 ${examples}） / the primary colour "${v}" is not a CSS colour (e.g. ${examples})`,
    };
  }
  const [first, ...more] = checkContrast({ primary: v });
  if (!first) return undefined;
  const { nearest } = first;
  const zh =
    `主色 ${v} 对比度不足：${zhPair(first.pair)}为 ${formatRatio(first.ratio)}:1，至少需要 ${first.min}:1` +
    (more.length ? `（另有 ${more.length} 组颜色也不达标）` : '') +
    (nearest ? `；最接近的可用颜色：${nearest}` : '；这个色相没有可用的深浅');
  const en =
    `the primary colour ${v} is too low in contrast: ${describeFailure(first)}` +
    (more.length ? ` (${more.length} more pair${more.length > 1 ? 's fail' : ' fails'} too)` : '');
  return { problem: `${zh} / ${en}`, ...(nearest && { nearest }) };
}

/** The primary as an opaque `#rrggbb` (over white), for the emblem's SVG fill. */
export function primaryHex(/** @type {string} */ value) {
  const parsed = parseColour(value);
  if (!parsed) throw new TypeError(`not a CSS colour: ${value}`);
  return toHex(over(parsed.rgb, parsed.alpha, [1, 1, 1]));
}

/**
 * The WCAG 2 contrast ratio (1 to 21) of two opaque CSS colours, as the build computes it
 * (site-kit's `contrast`, on 8-bit channels). Throws a TypeError for a value that is not a colour.
 * @param {string} a
 * @param {string} b
 */
export function contrastRatio(a, b) {
  const [x, y] = [a, b].map((c) => parseColour(String(c)));
  if (!x || !y) throw new TypeError(`not a CSS colour: ${x ? b : a}`);
  return contrast(x.rgb, y.rgb);
}
