/** Reports bad input in the console, naming the element, so authors can find and fix it. */
export function warn(element: Element, message: string): void {
  console.warn(`[qiaoxin] <${element.localName}>: ${message}`);
}
