import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleThemeEditor } from '@qiaoxin/site-kit/admin-support';

/**
 * The theme editor (主题配色, site-kit's admin-theme module) is handed every /theme request
 * after the token and path checks; it answers 404 itself for a path it does not know. Its
 * links start with `base`: '' here, as the token travels in the editor's cookie.
 */
export function mountTheme(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { siteDir: string; path: string; base: string },
): Promise<boolean> {
  return handleThemeEditor(req, res, ctx);
}
