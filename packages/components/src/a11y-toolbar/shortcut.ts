/**
 * The keyboard shortcut that opens `<qx-a11y-toolbar>`, as `aria-keyshortcuts` writes it. The
 * element listens for it by key position (event.code), and the portals' accessibility statement
 * names it from this constant, so the two never disagree.
 */
export const a11yToolbarShortcut = 'Alt+Shift+Z';
