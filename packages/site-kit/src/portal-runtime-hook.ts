import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
// A Node module-resolution hook (see portal-runtime.ts): in a portal build, `i18next` is
// i18next-lite. It runs in Node's loader thread, so it only maps the one specifier.

const lite = pathToFileURL(
  createRequire(import.meta.url).resolve('@qiaoxin/i18n/i18next-lite'),
).href;

type Next = (specifier: string, context: unknown) => Promise<unknown>;

export async function resolve(specifier: string, context: unknown, next: Next): Promise<unknown> {
  if (specifier === 'i18next') return { url: lite, shortCircuit: true };
  return next(specifier, context);
}
