import { constants } from 'node:os';
import { t, type MessageLang } from './messages/index.js';

/** What `@qiaoxin/admin` exports: the editor's server (see packages/admin/src/index.ts). */
interface AdminModule {
  startAdmin(
    siteDir: string,
    options: { port: number; lang: MessageLang },
  ): Promise<{ url: string; close(): Promise<void> }>;
}

/**
 * `qiaoxin-site admin`: the browser editor lives in its own package, `@qiaoxin/admin`, so a
 * portal build never installs React and Decap CMS. Imported by a name held in a variable:
 * site-kit does not depend on it (it depends on site-kit), and without it the webmaster is
 * told what to install instead of reading a module-resolution error.
 */
export async function startAdminCommand(
  siteDir: string,
  options: { port: number; lang: MessageLang },
): Promise<void> {
  const name = '@qiaoxin/admin';
  let admin: AdminModule;
  try {
    admin = (await import(name)) as AdminModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(name)) {
      throw new Error(t('admin.missing'), { cause: error });
    }
    throw error;
  }
  const { url, close } = await admin.startAdmin(siteDir, options);
  // Stopped with Ctrl-C or by the system: the server closes first, so its previews (each a
  // whole portal, in a folder of the temp directory) are removed, not left behind every time.
  // A second signal meanwhile stops at once, as usual.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => {
      void close().finally(() => process.exit(128 + constants.signals[signal]));
    });
  console.log(t('admin.started', { url }));
}
