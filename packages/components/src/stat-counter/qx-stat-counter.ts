import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { LocaleController, registerStrings, type Locale } from '@qiaoxin/i18n';
import { statStrings } from './strings.js';
import { motionDurationCountUp } from '@qiaoxin/tokens';
import { formatNumber } from '../internal/format.js';
import { warn } from '../internal/warn.js';
import { statCounterStyles } from './qx-stat-counter.styles.js';

// On import, so setLocale('zh-Hant') before the first element is made loads its zh-Hant strings.
registerStrings(statStrings);

const countUpMs = parseFloat(motionDurationCountUp);
const qualifiers = ['about', 'nearly', 'over'];
/** Stands in for the number in a qualifier pattern, to find what goes before and after it. */
const sentinel = '\u0001';
/** A unit starting with a letter or digit outside the CJK scripts takes a space: "60B yuan", "600亿元". */
const spacedUnit = /^(?![\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}])[\p{L}\p{N}]/u;
/** The number inside an en-US or zh-CN/zh-Hant formatted value, e.g. "1,000" in "1,000T"; group 1 is the fraction. */
const numberRun = /-?\d[\d,]*(?:\.(\d+))?/;

const part = (name: string, text?: string | null) =>
  text ? html`<span part=${name}>${text}</span>` : nothing;

/**
 * Formats `current` the way `final` (the formatted `value`) is written: in the same compact
 * unit (亿, B) and with the same fraction digits, so the figure counts within one magnitude
 * and never grows wider than the final text.
 */
function formatLike(final: string, value: number, current: number, locale: Locale): string {
  const match = numberRun.exec(final) as RegExpExecArray;
  const scale = value / Number(match[0].replaceAll(',', '')) || 1;
  const digits = match[1]?.length ?? 0;
  // Rounded first so that a small step towards a negative value shows "0", not "-0".
  const rounded = Number((current / scale).toFixed(digits)) || 0;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return final.replace(match[0], formatNumber(rounded, locale, options));
}

/**
 * @tagname qx-stat-counter
 * @summary A key figure such as "约600亿元 引进投资" that counts up from 0 when first scrolled into view.
 *
 * The final value is in the markup from the first render; assistive technology reads only
 * that, never the numbers on the way. No animation with `static` or under reduced motion.
 *
 * @csspart base - The wrapper of figure and label.
 * @csspart value - The number.
 * @csspart qualifier - The word that qualifies the number: 约 / about, 近 / nearly, 余 / over.
 * @csspart unit - The unit after the number.
 * @csspart label - What the figure counts.
 *
 * @cssprop [--qx-stat-counter-value-color=var(--qx-color-primary)] - Colour of the figure.
 * @cssprop [--qx-stat-counter-value-size=var(--qx-font-size-3xl)] - Text size of the number.
 * @cssprop [--qx-stat-counter-label-color=var(--qx-color-text-muted)] - Colour of the label.
 *
 * @fires qx-count-end - The count-up animation has reached the final value.
 */
export class QxStatCounter extends LitElement {
  static override styles = statCounterStyles;

  static override properties: PropertyDeclarations = {
    value: { converter: (v) => (v?.trim() ? Number(v) : NaN) },
    unit: {},
    label: {},
    notation: {},
    qualifier: {},
    duration: { type: Number },
    static: { type: Boolean },
  };

  // An empty attribute is no value at all, not the 0 that Number('') would make of it.
  /** The figure, a finite number such as `67` or `60000000000`. Anything else shows "—". */
  value = NaN;

  /** The unit after the number, in the page's language, e.g. `个` or `yuan`. */
  unit?: string;

  /** What the figure counts, in the page's language. */
  label?: string;

  /** `standard` (60,000,000,000) or `compact` (600亿 / 60B). */
  notation: 'standard' | 'compact' = 'standard';

  /** `about` (约), `nearly` (近) or `over` (余), placed as the active language places it. */
  qualifier?: 'about' | 'nearly' | 'over';

  /** How long the count-up takes, in milliseconds. */
  duration = countUpMs;

  /** Shows the final value without counting up. */
  static = false;

  readonly #l10n = new LocaleController(this);
  /** Watches for the first sighting; null once that has happened. */
  #observer?: IntersectionObserver | null;
  #frame = 0;
  #start?: number;
  #duration = countUpMs;
  /** The number shown while counting; undefined shows the final value. */
  #current?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#observer === null) return;
    this.#observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.intersectionRatio >= 0.5) && this.#begin(),
      { threshold: 0.5 },
    );
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const valid = {
      value: Number.isFinite(this.value),
      notation: /^(standard|compact)$/.test(this.notation),
      qualifier: !this.qualifier || qualifiers.includes(this.qualifier),
      duration: this.#validDuration(),
    };
    for (const [name, ok] of Object.entries(valid)) {
      if (!ok && changed.has(name as 'value')) {
        warn(this, `ignored bad ${name} "${this.getAttribute(name) ?? this[name as 'value']}".`);
      }
    }
    if (this.static) this.#stop();
  }

  override render() {
    const { t, locale, lang } = this.#l10n;
    const value = this.value;
    let figure: TemplateResult = html`<span>${part('value', t('stat.empty'))}</span>`;
    let spoken = t('stat.noValue');
    if (Number.isFinite(value)) {
      const final = formatNumber(value, locale, {
        notation: this.notation === 'compact' ? 'compact' : 'standard',
      });
      const [before = '', after = ''] = qualifiers.includes(this.qualifier as string)
        ? t(`stat.${this.qualifier}`, { value: sentinel }).split(sentinel)
        : [];
      const unit = this.unit?.trim() ?? '';
      const space = spacedUnit.test(unit) ? ' ' : '';
      const shown =
        this.#current === undefined ? final : formatLike(final, value, this.#current, locale);
      // The live number sits in one grid cell with an invisible copy of the final one, so the
      // cell always has the final width: the number grows from a fixed start and the unit after
      // it never moves while counting (a moving unit is a layout shift).
      figure = html`${part('qualifier', before)}<span class="number"
          >${part('value', shown)}<span class="reserve">${final}</span></span
        >${part('qualifier', after)}${space}${part('unit', unit)}`;
      spoken = before + final + after + space + unit;
    }
    // Assistive technology gets only the final text; the figure for the eye is hidden from it.
    return html`<div part="base">
      <span class="figure" aria-hidden="true">${figure}</span
      ><span class="visually-hidden" lang=${lang}>${spoken}</span>${part('label', this.label)}
    </div>`;
  }

  /** Runs once, when the counter is first at least half visible. */
  #begin(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#duration = this.#validDuration() ? this.duration : countUpMs;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (this.static || reduced || !Number.isFinite(this.value) || !this.#duration) return;
    this.#current = 0;
    this.#frame = requestAnimationFrame(this.#tick);
    this.requestUpdate();
  }

  readonly #tick = (now: number): void => {
    this.#start ??= now;
    const progress = Math.min(1, (now - this.#start) / this.#duration);
    this.#current = this.value * (1 - (1 - progress) ** 3); // ease out
    this.requestUpdate();
    if (progress < 1) {
      this.#frame = requestAnimationFrame(this.#tick);
    } else {
      this.#current = undefined;
      this.dispatchEvent(new Event('qx-count-end', { bubbles: true, composed: true }));
    }
  };

  #validDuration(): boolean {
    return this.duration >= 0 && this.duration < Infinity;
  }

  #stop(): void {
    // willUpdate runs on the server too (a `static` counter stops there), where no frame exists.
    if (!isServer) cancelAnimationFrame(this.#frame);
    this.#current = undefined;
    this.requestUpdate(); // no second update when called from willUpdate
  }
}
