// Which of the browser's voices reads a language: the speech reader's choice, kept apart so
// it can be tested alone.

/** The language a speech engine understands: script subtags become the regions that use them. */
export function speechLang(lang: string): string {
  const tag = lang.trim().replace(/_/g, '-') || 'zh-CN';
  if (/^zh(-hant)?(-(tw|hk|mo))?$/i.test(tag) && /hant|tw|hk|mo/i.test(tag)) {
    return /hk|mo/i.test(tag) ? 'zh-HK' : 'zh-TW';
  }
  if (/^(zh|cmn)(-hans)?(-(cn|sg))?$/i.test(tag)) return /sg/i.test(tag) ? 'zh-SG' : 'zh-CN';
  return tag;
}

/**
 * The voice to read `lang` with, or undefined when there is none. Voices' `lang` comes as
 * `zh-CN`, `zh_CN` (Android) or `cmn-Hant-TW`, so it is compared loosely. For Chinese, the
 * region of the script comes first (zh-Hant: zh-TW, then zh-HK/zh-MO), then any Chinese voice,
 * which reads either script; for other languages the same region, then the same language.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const want = speechLang(lang).toLowerCase();
  const norm = (voice: SpeechSynthesisVoice) =>
    voice.lang
      .toLowerCase()
      .replace(/_/g, '-')
      .replace(/^cmn|^yue/, 'zh');
  const primary = (tag: string) => tag.split('-')[0];
  const region = (tag: string) => tag.split('-').at(-1);
  const chinese = primary(want) === 'zh';
  const hant = ['tw', 'hk', 'mo'].includes(region(want) ?? '');
  const rank = (voice: SpeechSynthesisVoice): number => {
    const have = norm(voice);
    if (primary(have) !== primary(want)) return 0;
    if (have === want || region(have) === region(want)) return voice.localService ? 5 : 4;
    if (chinese) {
      const haveHant = /hant|-(tw|hk|mo)$/.test(have);
      if (haveHant === hant) return 3;
    }
    return voice.default ? 2 : 1;
  };
  let best: SpeechSynthesisVoice | undefined;
  let bestRank = 0;
  for (const voice of voices) {
    const r = rank(voice);
    if (r > bestRank) [best, bestRank] = [voice, r];
  }
  return best;
}
