// District themes for the toolbar. Each `sites/<district>/theme.json` is a flat JSON object
// mapping `--qx-*` custom properties to values; it is found at build time through Vite's
// import.meta.glob, so a new site shows up in the toolbar with no change here.
// `.storybook/themes/*.theme.json` hold samples that exist only in Storybook.

/** A theme as the toolbar offers it. */
export interface Theme {
  id: string;
  title: string;
  /** The `--qx-*` overrides, already checked. */
  properties: Record<string, string>;
}

const propertyName = /^--qx-[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A value may not close the declaration or the rule it sits in, nor the <style> element.
const unsafeValue = /[;{}<>]|\/\*/;

/**
 * Checks one theme file: keys starting with `$` (such as `$schema`) are notes and skipped;
 * every other key must be a `--qx-*` name with a string or number value. Anything else is
 * left out with a console warning naming the file, so a typo shows in the console, not as
 * a broken page.
 */
export function checkTheme(file: string, data: unknown): Record<string, string> {
  const properties: Record<string, string> = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    console.warn(`[qiaoxin] ${file}: a theme must be a JSON object of --qx-* properties; ignored.`);
    return properties;
  }
  for (const [name, value] of Object.entries(data)) {
    if (name.startsWith('$')) continue;
    const text = typeof value === 'number' ? String(value) : value;
    if (!propertyName.test(name)) {
      console.warn(`[qiaoxin] ${file}: "${name}" is not a --qx-* custom property; skipped.`);
    } else if (typeof text !== 'string' || !text.trim() || unsafeValue.test(text)) {
      console.warn(
        `[qiaoxin] ${file}: ${name} has an unusable value ${JSON.stringify(value)}; skipped.`,
      );
    } else {
      properties[name] = text.trim();
    }
  }
  return properties;
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
  { id: 'default', title: 'Qiaoxin default', properties: {} },
  ...Object.entries(sites).map(([path, data]) => ({
    id: `site-${folderOf(path)}`,
    title: `sites/${folderOf(path)}`,
    properties: checkTheme(path.replace(/^\.\.\//, ''), data),
  })),
  ...Object.entries(samples).map(([path, data]) => ({
    id: `sample-${sampleOf(path)}`,
    title: `Sample: ${sampleOf(path)} (Storybook only)`,
    properties: checkTheme(`.storybook/${path.replace(/^\.\//, '')}`, data),
  })),
];

/** The stylesheet text that applies a theme to the whole preview. */
export function themeCss(id: string): string {
  const theme = themes.find((t) => t.id === id) ?? themes[0];
  const lines = Object.entries(theme?.properties ?? {}).map(
    ([name, value]) => `  ${name}: ${value};`,
  );
  return lines.length ? `:root:root {\n${lines.join('\n')}\n}\n` : '';
}
