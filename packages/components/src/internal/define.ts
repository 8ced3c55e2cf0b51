/**
 * Registers `tag` unless it is already registered, so two bundles that both carry a
 * component (a CDN build and a site's own) do not throw on the second definition.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
