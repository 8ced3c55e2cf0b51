import type { IncomingMessage, ServerResponse } from 'node:http';

type ThemeEditor = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { siteDir: string; path: string; base: string },
) => Promise<boolean>;

let editor: ThemeEditor | null | undefined;

/**
 * The theme editor (主题配色), built beside this package in site-kit's admin-theme module, is
 * handed every /theme request after the token and path checks. Loaded by a name in a variable,
 * so this package builds and runs before it exists: then /theme answers 404.
 */
export async function mountTheme(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { siteDir: string; path: string; base: string },
): Promise<boolean> {
  if (editor === undefined) {
    const name = '@qiaoxin/site-kit/admin-theme';
    editor = await import(name).then(
      (m: { handleThemeEditor?: ThemeEditor }) => m.handleThemeEditor ?? null,
      () => null,
    );
  }
  return editor ? editor(req, res, ctx) : false;
}
