/**
 * OpenCC's simplified-to-traditional conversion (opencc-js), with its dictionaries loaded a
 * character at a time. opencc-js's own `Converter` builds tries for all of its dictionaries
 * up front: STPhrases alone has about 50,000 phrases, loaded twice (for segmenting and for
 * converting), 46 MB of Maps that took 0.35–0.45 s to build in every thread that converts. A
 * rebuild converts one edited article and a few pages, yet paid all of it, and the garbage
 * collector then copied those Maps about as they aged.
 *
 * A trie is only ever entered at a character of the text being converted, so it needs only
 * the words that begin with a character the text has. Each trie here is opencc-js's own
 * `Trie` (matching, segmenting and converting are its code), given those words when a text
 * first brings their character. The dictionaries and the chain (normalise, segment, convert
 * each segment through each group) are opencc-js's configuration for `cn` to the variant, as
 * its `Converter` composes them; test/opencc.test.js checks the results are the same as its
 * `Converter`'s for every phrase of the dictionaries. Two shortcuts keep those results: a text
 * in which no word of a group begins is not walked through that group's trie, and a segment
 * converted once is looked up (see `openccConverter`).
 */
import { Locale, Trie, type DictGroup } from 'opencc-js/cn2t';
import type { TraditionalVariant } from './traditional.js';

/**
 * The chain opencc-js configures for simplified Chinese to `tw`/`hk` (its `s2tw`, `s2hk`),
 * typed here because its published types leave out `normalizationChain`.
 */
interface Chain {
  normalizationChain?: readonly DictGroup[];
  segmentation?: string | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** Converts `cn` text to the variant's traditional characters, as opencc-js's `Converter`. */
export function openccConverter(variant: TraditionalVariant): (text: string) => string {
  const configs = Locale.configs as unknown as Record<string, Chain | undefined>;
  const chain = configs[`s2${variant}`];
  if (!chain) throw new Error(`opencc-js has no s2${variant} configuration`);
  const normalise = (chain.normalizationChain ?? []).map((group) => new LazyTrie(group));
  const { segmentation } = chain;
  const segmenter =
    segmentation && new LazyTrie(typeof segmentation === 'string' ? [segmentation] : segmentation);
  const converting = chain.conversionChain.map((group) => new LazyTrie(group));
  // A segment is a phrase of the segmenting dictionaries (words whose conversion is not
  // character by character) or the run of text between two, and its conversion depends on
  // nothing else. Phrases and short runs recur from page to page and are kept: looking one up
  // costs less than converting it through every group again. Long runs seldom recur, so they
  // are converted each time, and the map is bounded all the same.
  const converted = new Map<string, string>();
  const convertSegment = (segment: string) => {
    let result = converted.get(segment);
    if (result === undefined) {
      result = converting.reduce((t, trie) => trie.convert(t), segment);
      if (segment.length <= memoLength) {
        if (converted.size >= memoEntries) converted.clear();
        converted.set(segment, result);
      }
    }
    return result;
  };
  return (text) => {
    const normalised = normalise.reduce((t, trie) => trie.convert(t), text);
    let out = '';
    for (const segment of segmenter ? segmenter.segment(normalised) : [normalised])
      out += convertSegment(segment);
    return out;
  };
}

/** The longest segment whose conversion is kept, and how many are kept at most per converter. */
const memoLength = 16;
const memoEntries = 100_000;

/** Where a dictionary's words that begin with a code point are: spans [start, end) of entries. */
type Spans = [number, number][];
const indexes = new Map<string, Map<number, Spans>>();

/**
 * A dictionary (`source replacement|source replacement…`) indexed by each entry's first code
 * point, once per thread: a pass over its text (a few milliseconds for STPhrases), no words
 * made. Entries with the same first character sit together, so most characters have one span.
 */
function spansByFirstCharacter(dict: string): Map<number, Spans> {
  let index = indexes.get(dict);
  if (index) return index;
  index = new Map();
  for (let start = 0; start < dict.length;) {
    const bar = dict.indexOf('|', start);
    const end = bar < 0 ? dict.length : bar;
    const first = dict.codePointAt(start) as number; // start < length
    const spans = index.get(first);
    const last = spans?.at(-1);
    if (last && last[1] + 1 === start) last[1] = end;
    else if (spans) spans.push([start, end]);
    else index.set(first, [[start, end]]);
    start = end + 1;
  }
  indexes.set(dict, index);
  return index;
}

/** An opencc-js `Trie` for a group of dictionaries, given words as characters come. */
class LazyTrie {
  readonly #trie = new Trie();
  /** Last first: opencc-js loads a group in reverse, so the first dictionary's word wins. */
  readonly #dicts: string[];
  /** By code unit: 0 not seen yet, 1 seen and no word begins with it, 2 words begin with it. */
  readonly #seen = new Uint8Array(0x10000);
  readonly #seenAstral = new Map<number, boolean>();

  constructor(group: DictGroup) {
    // The configurations are strings; pairs would be indexed otherwise, and never are.
    this.#dicts = [...group].reverse().map((dict: DictGroup[number]) => {
      if (typeof dict !== 'string') throw new Error('opencc-js dictionaries are not strings');
      return dict;
    });
  }

  // A text in which no word begins is the trie's own result, so it is not walked: most of a
  // page's text has no character of a variants group, and the normalising group is for rare
  // compatibility ideographs.
  convert(text: string): string {
    return this.#ready(text) ? this.#trie.convert(text) : text;
  }

  segment(text: string): string[] {
    return this.#ready(text) || !text ? this.#trie.segment(text) : [text];
  }

  /**
   * Gives the trie the words of every character of `text` it has not had yet, and tells
   * whether any word begins with a character of `text`.
   */
  #ready(text: string): boolean {
    let begins = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const point = text.codePointAt(i) as number;
        if (point > 0xffff) {
          i++;
          let has = this.#seenAstral.get(point);
          if (has === undefined) this.#seenAstral.set(point, (has = this.#load(point)));
          begins ||= has;
          continue;
        }
      }
      let state = this.#seen[unit];
      if (!state) this.#seen[unit] = state = this.#load(unit) ? 2 : 1;
      if (state === 2) begins = true;
    }
    return begins;
  }

  /** Adds the words that begin with `point`; tells whether there are any. */
  #load(point: number): boolean {
    let any = false;
    for (const dict of this.#dicts) {
      for (const [start, end] of spansByFirstCharacter(dict).get(point) ?? []) {
        for (const entry of dict.slice(start, end).split('|')) {
          // As opencc-js reads an entry: the source, then its first replacement.
          const [source, replacement] = entry.split(' ');
          if (source && replacement !== undefined) {
            this.#trie.addWord(source, replacement);
            any = true;
          }
        }
      }
    }
    return any;
  }
}
