// What the story checker learns from Storybook inside the preview page: the listener it installs
// before Storybook starts, and short text for the events and errors it reports.

/**
 * Runs in the page before Storybook: listens on the preview's channel as soon as Storybook
 * installs it, collecting failure events in `window.__qxEvents` and recording each finished
 * story (or rendered Docs page) in `window.__qxOutcome`.
 */
export function listenToStorybook() {
  const w = /** @type {any} */ (window);
  const failures = [
    'storyThrewException',
    'playFunctionThrewException',
    'storyErrored',
    'storyMissing',
    'unhandledErrorsWhilePlaying',
  ];
  /** @type {{ event: string, detail: unknown }[]} */
  w.__qxEvents = [];
  /** Every story that finished rendering here, the stories inline in a Docs page included. */
  w.__qxFinished = [];
  /** @type {any} */
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next?.on) return;
      for (const event of failures)
        next.on(event, (/** @type {unknown} */ detail) => w.__qxEvents.push({ event, detail }));
      // A Docs page (autodocs or MDX) is done once rendered; its stories do not play.
      next.on('docsRendered', (/** @type {string} */ id) => {
        w.__qxDocs = true;
        w.__qxOutcome = { id, status: 'success', a11y: '', reports: [], events: w.__qxEvents };
      });
      next.on('storyFinished', (/** @type {any} */ finished) => {
        w.__qxFinished.push(finished.storyId);
        // On a Docs page these are its inline stories: the page's outcome stays the page's.
        if (w.__qxDocs) return;
        w.__qxOutcome = {
          id: finished.storyId,
          status: finished.status,
          a11y: JSON.stringify(w.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y),
          reports: (finished.reporters ?? []).map((/** @type {any} */ r) => ({
            type: r.type,
            status: r.status,
            violations: (r.result?.violations ?? []).map(
              (/** @type {any} */ v) => `${v.id} (${v.nodes.length})`,
            ),
            error: r.result?.error ? String(r.result.error.message ?? r.result.error) : undefined,
          })),
          events: w.__qxEvents,
        };
      });
    },
  });
}

/** The first lines of a long message (errors may carry a dump of the DOM). */
export const brief = (/** @type {string} */ text) => {
  const lines = text.split('\n');
  return lines.length > 4 ? `${lines.slice(0, 4).join('\n')} …` : text;
};

/**
 * Short text for an event's detail: an error's message or a title and description.
 * @param {any} detail
 * @returns {string}
 */
export function describe(detail) {
  if (Array.isArray(detail)) return detail.map(describe).join('; ');
  if (detail && typeof detail === 'object') {
    return brief(
      [detail.title, detail.message, detail.description].filter(Boolean).join(': ') ||
        JSON.stringify(detail),
    );
  }
  return brief(String(detail));
}
