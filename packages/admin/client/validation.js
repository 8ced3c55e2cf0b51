/**
 * The build's opinion of the entry being edited, by field: each change is sent (after a pause
 * in typing) to /_admin/api/validate, which runs site-kit's loader on the site as it would be
 * saved. Widgets subscribe to show each message beside its field; `errorFor` is what their
 * `isValid` tells Decap, so a refused value blocks the save. The page's
 * `data-qx-validation` attribute says "pending" or "idle" (tests wait on it).
 */
export function createValidation(post) {
  const listeners = new Set();
  let errors = {};
  let last = '';
  let timer;
  let running = 0;
  const mark = () => {
    document.documentElement.dataset.qxValidation = timer || running ? 'pending' : 'idle';
  };
  async function run(request) {
    running++;
    mark();
    try {
      const result = await post('/_admin/api/validate', request);
      if (JSON.stringify(request) === last) errors = result.errors ?? {};
    } catch {
      // The server said nothing usable: its own check refuses the save anyway.
    } finally {
      running--;
      mark();
      for (const listener of listeners) listener();
    }
  }
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    errorFor: (name) => errors[name] ?? (name === 'title' ? errors._entry : undefined),
    schedule(entry) {
      if (!entry || !entry.get) return;
      const request = { path: entry.get('path') || '', data: entry.get('data')?.toJS?.() ?? {} };
      const text = JSON.stringify(request);
      if (text === last) return;
      last = text;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void run(request);
      }, 300);
      mark();
    },
    pending: () => Boolean(timer || running),
  };
}
