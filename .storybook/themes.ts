// District themes for the toolbar. Each `sites/<district>/theme.json` holds brand colours
// (`"primary": "#00606b"`, optionally `accent`, `text`, `surface`) and, for experts, `--qx-*`
// overrides. The full palette, for normal and elder mode, is derived from them by the same
// site-kit code the portal build uses (`@qiaoxin/site-kit/theme`), so a district looks here as
// it does on its portal. Files are found at build time through Vite's import.meta.glob, so a
// new site shows up in the toolbar with no change here. `.storybook/themes/*.theme.json` hold
// samples that exist only in Storybook.
import { brandKeys, paletteCss } from '@qiaoxin/site-kit/theme';

/** A theme as the toolbar offers it. */
export interface Theme {
  id: string;
  title: string;
  /** The theme.json fields that were understood (brand colours and `--qx-*` overrides). */
  fields: Record<string, string>;
}

const propertyName = /^--qx-[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A value may not close the declaration or the rule it sits in, nor the <style> element.
const unsafeValue = /[;{}<>]|\/\*/;
const isBrandKey = (key: string) => (brandKeys as readonly string[]).includes(key);

/**
 * Checks one theme file: keys starting with `$` (such as `$schema`) are notes and skipped;
 * every other key must be a brand colour or a `--qx-*` name with a string or number value.
 * Anything else is left out with a console warning naming the file (the story checker fails
 * on such warnings), so a typo shows at once instead of a silently default palette.
 */
export function checkTheme(file: string, data: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    console.warn(`[qiaoxin] ${file}: a theme must be a JSON object; ignored.`);
    return fields;
  }
  for (const [name, value] of Object.entries(data)) {
    if (name.startsWith('$')) continue;
    const text = typeof value === 'number' ? String(value) : value;
    if (!isBrandKey(name) && !propertyName.test(name)) {
      console.warn(
        `[qiaoxin] ${file}: "${name}" is not a theme field (${brandKeys.join(', ')} or a --qx-* property); skipped.`,
      );
    } else if (typeof text !== 'string' || !text.trim() || unsafeValue.test(text)) {
      console.warn(
        `[qiaoxin] ${file}: ${name} has an unusable value ${JSON.stringify(value)}; skipped.`,
      );
    } else {
      fields[name] = text.trim();
    }
  }
  return fields;
}

const folderOf = (path: string) => path.split('/').at(-2) ?? path;
const sampleOf = (path: string) => (path.split('/').at(-1) ?? path).replace(/\.theme\.json$/, '');

const sites = import.meta.glob<unknown>('../sites/*/theme.json', {
  eager: true,
  import: 'default',
});
const samples = import.meta.glob<unknown>('./themes/*.theme.json', {
  eager: true,
  import: 'default',
});

export const themes: Theme[] = [
  { id: 'default', title: 'Qiaoxin default', fields: {} },
  ...Object.entries(sites).map(([path, data]) => ({
    id: `site-${folderOf(path)}`,
    title: `sites/${folderOf(path)}`,
    fields: checkTheme(path.replace(/^\.\.\//, ''), data),
  })),
  ...Object.entries(samples).map(([path, data]) => ({
    id: `sample-${sampleOf(path)}`,
    title: `Sample: ${sampleOf(path)} (Storybook only)`,
    fields: checkTheme(`.storybook/${path.replace(/^\.\//, '')}`, data),
  })),
];

/**
 * The stylesheet that applies a theme to the whole preview: the derived palette for normal
 * and elder mode, as the portal's stylesheet has it. `:root:root` outranks the tokens' own
 * `:root` blocks whatever order the two stylesheets load in.
 */
export function themeCss(id: string): string {
  const theme = themes.find((t) => t.id === id) ?? themes[0];
  return paletteCss(theme?.fields ?? {}, ':root:root');
}
