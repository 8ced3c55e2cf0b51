/** The localStorage key that remembers the choice across pages: "on" or "off". */
export const elderModeKey = 'qx-elder-mode';

/** The attribute on `<html>` that switches tokens.css to its elder-mode values. */
export const elderModeAttribute = 'data-qx-elder';

/** The saved choice: true for "on", false for "off", undefined when none was saved. Throws when storage is blocked. */
export function readElderMode(): boolean | undefined {
  const saved = localStorage.getItem(elderModeKey);
  return saved === 'on' ? true : saved === 'off' ? false : undefined;
}

/**
 * Applies a saved elder-mode choice to `<html>` at once. Run it early, in `<head>`, so a page
 * opens in elder mode without first flashing small text; `<qx-elder-mode>` does the same
 * later on connect. Storage errors (private browsing, blocked cookies) leave the page as is.
 * Returns whether elder mode is on.
 */
export function applySavedElderMode(): boolean {
  const root = document.documentElement;
  try {
    const saved = readElderMode();
    if (saved !== undefined) root.toggleAttribute(elderModeAttribute, saved);
  } catch {
    // Nothing saved can be read; the page keeps its default.
  }
  return root.hasAttribute(elderModeAttribute);
}
