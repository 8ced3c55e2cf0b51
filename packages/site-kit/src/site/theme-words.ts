/**
 * theme.json's problems in the webmaster's language. The theme code (../theme/) also runs in the
 * browser and reports facts (which pair, which ratio, which token type); they are worded here,
 * where the message catalogue is.
 */
import type { ContrastFailure } from '../theme/contrast.js';
import { formatRatio } from '../theme/contrast.js';
import type { Checked } from '../theme/values.js';
import { messageLang, t } from '../messages/index.js';

/** `primary, accent, text, surface`; `primary、accent、text、surface` in Chinese. */
export function listOf(items: readonly string[]): string {
  return items.join(messageLang() === 'zh' ? '、' : ', ');
}

/** A refused `--qx-*` value: not a token at all, or not a value of the token's type. */
export function describeTokenValue(value: string, checked: Exclude<Checked, { css: string }>) {
  if (checked.reason === 'unknownToken') {
    return t('theme.notToken', { families: checked.families.join(', ') });
  }
  const kind = t(`theme.kind.${checked.type}`);
  return t('theme.badValue', { json: JSON.stringify(value), value, kind });
}

/** `link on surface is 2.32:1, needs 4.5:1 — nearest passing colour: #707070`, in either language. */
export function describeContrast(failure: ContrastFailure): string {
  const fg = t(`colour.${failure.foreground}`);
  const bg = t(`colour.${failure.background}`);
  const pair = t(failure.mode === 'elder' ? 'theme.pairElder' : 'theme.pair', { fg, bg });
  const figures = { pair, ratio: formatRatio(failure.ratio), min: failure.min };
  return failure.nearest
    ? t('theme.contrast', { ...figures, nearest: failure.nearest })
    : t('theme.contrastNone', figures);
}
