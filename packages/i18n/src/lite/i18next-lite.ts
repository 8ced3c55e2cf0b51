/**
 * The portals' i18n runtime: site-kit renders every portal page with it on the server and
 * bundles it for the browser (Vite: `resolve.alias: { i18next: '@qiaoxin/i18n/i18next-lite' }`),
 * so the same code writes the HTML and hydrates it. i18next is ~16 KB gzip, this is ~1 KB.
 * Embedders of the components keep real i18next through `@qiaoxin/i18n`. It implements only what ../instance.ts and ../controller.ts call, and gives
 * i18next v26's results for that subset; ./parity.test.ts checks it against the real thing,
 * string for string. Not supported (the built-in strings use none of them): plurals, context,
 * `$t()` nesting, `{{x, format}}` formatters, `ns:` key prefixes and the `ns` option, escaping,
 * returnObjects, array or object fallbackLng and defaultNS, backends, detectors and `cimode`.
 * Options not named here are ignored.
 */
import type { InitOptions, TOptions } from 'i18next';

// The names instance.ts and controller.ts import as types, so a type-only import of this
// module also checks. (Type imports are erased: only the default export exists at run time.)
export type { i18n, InitOptions, TOptions } from 'i18next';

type Data = Record<string, Record<string, unknown>>;
// Stored as taking nothing, so a listener with any parameters can be added; emit casts back.
type Listener = (...args: never[]) => void;
type Emit = (...args: unknown[]) => void;

/** The part of i18next's instance that the lite one has (real i18next is assignable to it). */
export interface LiteI18n {
  language: string;
  init(options: InitOptions): Promise<LiteI18n['t']>;
  t(key: string, options?: TOptions): string;
  changeLanguage(lng?: string): Promise<LiteI18n['t']>;
  on(event: 'languageChanged', listener: (lng: string) => void): unknown;
  off(event: 'languageChanged', listener?: (lng: string) => void): void;
  store: {
    on(event: 'added', listener: (lng: string, ns: string) => void): void;
    off(event: 'added', listener?: (lng: string, ns: string) => void): void;
  };
  addResourceBundle(
    lng: string,
    ns: string,
    resources: object,
    deep?: boolean,
    overwrite?: boolean,
  ): unknown;
}

const own = (o: unknown, k: string): o is Record<string, unknown> =>
  o != null && typeof o == 'object' && Object.hasOwn(o, k);

// i18next's lookup: own properties along a dotted path; when that gives null or nothing, a
// flat key with dots in it. (A null found on the path is kept: it interpolates as ''.)
const find = (o: unknown, key: string): unknown => {
  const value = key.split('.').reduce<unknown>((at, k) => (own(at, k) ? at[k] : undefined), o);
  return value == null && own(o, key) ? o[key] : value;
};

// i18next's deepExtend: strings are replaced only with `overwrite`, objects are merged.
const merge = (to: Record<string, unknown>, from: Record<string, unknown>, overwrite?: boolean) => {
  for (const k in from)
    if (k != '__proto__' && k != 'constructor') {
      const [a, b] = [to[k], from[k]];
      if (!Object.hasOwn(to, k)) to[k] = b;
      else if (typeof a == 'string' || typeof b == 'string') {
        if (overwrite) to[k] = b;
      } else merge(a as Record<string, unknown>, b as Record<string, unknown>, overwrite);
    }
  return to;
};

// i18next's formatLanguageCode (v26): only tags with a '-' get Intl's canonical casing.
// Remembered: every t() asks it, and Intl's answer was two thirds of the time t() took.
const canonical = new Map<string, string>();
const canon = (code: string) => {
  let known = canonical.get(code);
  if (known === undefined) {
    known = code;
    try {
      if (code.includes('-')) known = Intl.getCanonicalLocales(code)[0] ?? code;
    } catch {
      // not a valid tag: i18next keeps it as given
    }
    if (canonical.size < 256) canonical.set(code, known);
  }
  return known;
};
const languagePart = (code: string) => code.replace(/_/g, '-').split('-')[0] as string;
// i18next's getScriptPartFromCode: a tag of three or more parts less its last (zh-Hant-TW →
// zh-Hant), unless that ends in the private-use 'x'. zh-Hant pages need it.
const scriptPart = (code: string) => {
  const p = code.replace(/_/g, '-').split('-');
  if (p.length < 3) return undefined;
  p.pop();
  return p.at(-1)?.toLowerCase() == 'x' ? undefined : canon(p.join('-'));
};

// i18next's EventEmitter: a listener added twice runs twice; off() removes every copy.
const emitter = () => {
  const listeners: Record<string, Listener[]> = {};
  return {
    on: (event: string, f: Listener) => void (listeners[event] ??= []).push(f),
    off: (event: string, f?: Listener) =>
      void (listeners[event] = f ? (listeners[event] ?? []).filter((g) => g !== f) : []),
    emit: (event: string, ...args: unknown[]) =>
      [...(listeners[event] ?? [])].forEach((f) => (f as Emit)(...args)),
  };
};

function createInstance(): LiteI18n {
  let options: InitOptions = {};
  let data: Data = {};
  const { emit, ...events } = emitter();
  const store = emitter();
  // Strings only, with i18next's defaults.
  const fallback = () => String(options.fallbackLng ?? 'dev');
  const ns = () => String(options.defaultNS ?? 'translation');
  const supported = (code: string) =>
    !options.supportedLngs || !options.supportedLngs.length || options.supportedLngs.includes(code);

  // {{name}} (and {{- name}}) from the options, dotted paths included. As in i18next
  // (skipOnVariables), a name not passed stays as written; one passed as undefined gives ''.
  // Values are never escaped: Lit escapes when it renders.
  const interpolate = (text: string, o: object) =>
    text.replace(/\{\{-?(.+?)\}\}/g, (match, name: string) => {
      const value = find(o, (name = name.trim()));
      return value !== undefined ? String(value ?? '') : own(o, name) ? '' : match;
    });

  const i18n: LiteI18n = {
    language: undefined as unknown as string, // as i18next's, until init
    ...events,
    store,

    init(o) {
      options = o;
      data = (o.resources ?? {}) as Data;
      return i18n.changeLanguage(o.lng);
    },

    // The language, its script part (zh-Hant-TW → zh-Hant), its language part (en-US → en),
    // then fallbackLng, each only if supported.
    t(key, o = {}) {
      const lng = o.lng || i18n.language;
      const codes = lng ? [canon(lng), scriptPart(lng), languagePart(lng)] : [];
      const tried = [...codes, canon(fallback())].filter((c): c is string => !!c && supported(c));
      for (const code of tried) {
        const value = find(data[code]?.[ns()], key);
        // i18next v26 answers a key that names a group (an object) with this sentence, and
        // gives numbers and booleans back as they are.
        if (typeof value == 'object' && value)
          return `key '${key} (${i18n.language})' returned an object instead of string.`;
        if (value != null)
          return typeof value == 'string' ? interpolate(value, o) : (value as string);
      }
      // As i18next: the handler's result, else the key itself.
      return options.parseMissingKeyHandler
        ? options.parseMissingKeyHandler(key, undefined, o)
        : interpolate(key, o);
    },

    // i18next's choice: a language with resources as given; else a supported match for the
    // tag, its script part, its language part, or a supported tag of that language (zh → zh-CN,
    // the first listed); else fallbackLng.
    // Synchronous like i18next with inline resources: languageChanged fires before it returns.
    async changeLanguage(lng) {
      if (lng != null) {
        const part = languagePart(lng);
        const l = Object.values(data[lng] ?? {}).some((b) => b && Object.keys(b).length)
          ? lng
          : ([canon(lng), scriptPart(lng), part].find((c) => c !== undefined && supported(c)) ??
            (options.supportedLngs || []).find((s) => s.split('-')[0] == part) ??
            fallback());
        if (l) emit('languageChanged', (i18n.language = l));
      }
      return i18n.t;
    },

    addResourceBundle(lng, namespace, resources, deep, overwrite) {
      resources = JSON.parse(JSON.stringify(resources)); // a copy, as i18next keeps
      const bundles = (data[lng] ??= {});
      const pack = (bundles[namespace] ?? {}) as Record<string, unknown>;
      bundles[namespace] = deep
        ? merge(pack, resources as Record<string, unknown>, overwrite)
        : { ...pack, ...resources };
      store.emit('added', lng, namespace, resources);
      return i18n;
    },
  };
  return i18n;
}

export default { createInstance };
