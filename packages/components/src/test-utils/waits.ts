// Waits for the component tests (not shipped): each resolves on an event or a state the
// element reaches, never after a pause, so a test that waits for something that never comes
// fails (at mocha's timeout) rather than passing by luck.
import { oneEvent, waitUntil as pollUntil } from '@open-wc/testing';
import { i18n } from '@qiaoxin/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Resolves once `predicate` holds, polling it as @open-wc/testing's `waitUntil` does, but
 * fails only after 10 s rather than its 1 s: in CI the browser tests share two cores with
 * other builds, and a lazily loaded panel or a speech step can take longer than a second
 * there. It still resolves the moment the state is reached; the limit only decides when a
 * state that never comes is reported.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return pollUntil(predicate, message, { timeout: 10_000, ...options });
}

/**
 * Resolves when `host` has finished its next update. For changes that reach an element
 * indirectly (its `lang` attribute through a MutationObserver, a store event): call it
 * before the change, so the update it waits for cannot have come and gone already.
 */
export function nextUpdate(host: ReactiveControllerHost): Promise<void> {
  return new Promise((resolve) => {
    const controller: ReactiveController = {
      hostUpdated() {
        // Removed after this round of hostUpdated calls: removing one during it would skip
        // the controller after it.
        queueMicrotask(() => host.removeController(controller));
        resolve(host.updateComplete.then(() => undefined));
      },
    };
    host.addController(controller);
  });
}

/**
 * Resolves at the next `slotchange` in `el`'s shadow root (it bubbles there, but does not
 * leave it). Call it before changing the light DOM, then await it and the re-render.
 */
export function slotChanged(el: Element): Promise<Event> {
  return oneEvent(el.shadowRoot!, 'slotchange');
}

/**
 * Resolves once the tasks the browser has queued so far have run, by a message to this page
 * (a task, not a timer). Every microtask queued before it has run by then, and so has a task
 * queued before it, such as the one that fires `unhandledrejection`: a test proving that
 * something did not happen (no second warning, no unhandled rejection) looks after it.
 */
export function queuedTasks(): Promise<void> {
  const channel = new MessageChannel();
  const done = new Promise<void>((resolve) => (channel.port1.onmessage = () => resolve()));
  channel.port2.postMessage(undefined);
  return done.finally(() => channel.port1.close());
}

/**
 * Resolves with the first report about `el` that `accept` takes, from an IntersectionObserver
 * made now, once the tasks queued by then have run. Every observer hears of a change in the
 * same rendering step (Chromium tells them in no set order, and may use more than one task),
 * so by then the element's own observer has heard of it too, and done what it does about it.
 */
export function intersection(
  el: Element,
  accept: (entry: IntersectionObserverEntry) => boolean = () => true,
): Promise<IntersectionObserverEntry> {
  return new Promise<IntersectionObserverEntry>((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find(accept);
        if (!entry) return;
        observer.disconnect();
        resolve(entry);
      },
      { threshold: [0, 0.5, 1] },
    );
    observer.observe(el);
  }).then(async (entry) => {
    await queuedTasks();
    return entry;
  });
}

/** Resolves when `el` has been seen at least half visible (as `<qx-stat-counter>` starts). */
export const halfSeen = (el: Element) => intersection(el, (e) => e.intersectionRatio >= 0.5);

/**
 * A fake animation clock: while installed, `requestAnimationFrame` callbacks run only when
 * the test calls `tick(ms)`, with a timestamp it controls, so a count-up is stepped frame by
 * frame rather than sampled for as long as it happens to last.
 * Written here, not taken from @sinonjs/fake-timers: that ships CommonJS only, and it and its
 * dependencies (util, type-detect) do not load in the test runner's browser as ES modules.
 */
export class FrameClock {
  /** The time of the last frame, in ms. */
  now = 0;
  readonly #callbacks = new Map<number, FrameRequestCallback>();
  #last = 0;
  readonly #real = {
    request: window.requestAnimationFrame.bind(window),
    cancel: window.cancelAnimationFrame.bind(window),
  };

  constructor() {
    window.requestAnimationFrame = (callback) => {
      this.#callbacks.set(++this.#last, callback);
      return this.#last;
    };
    window.cancelAnimationFrame = (id) => void this.#callbacks.delete(id);
  }

  /** How many frames are asked for and not yet run. */
  get pending(): number {
    return this.#callbacks.size;
  }

  /** Runs the frames asked for so far, `ms` after the previous frame. */
  tick(ms = 16): void {
    this.now += ms;
    const due = [...this.#callbacks.values()];
    this.#callbacks.clear();
    for (const callback of due) callback(this.now);
  }

  /** A real frame: the browser renders (and measures layout shifts) what the fake ones did. */
  rendered(): Promise<number> {
    return new Promise((resolve) => this.#real.request(resolve));
  }

  uninstall(): void {
    window.requestAnimationFrame = this.#real.request;
    window.cancelAnimationFrame = this.#real.cancel;
  }
}

/**
 * Resolves with the new language at the next page-wide switch (i18next's `languageChanged`,
 * which re-renders every element that follows the page). Call it before the switch.
 */
export function languageChanged(): Promise<string> {
  return new Promise((resolve) => {
    const listener = (lng: string) => {
      i18n.off('languageChanged', listener);
      resolve(lng);
    };
    i18n.on('languageChanged', listener);
  });
}
