/**
 * The build's opinion of the entry being edited, by field: each change is sent (after a pause
 * in typing) to /_admin/api/validate, which runs site-kit's loader on the site as it would be
 * saved. Widgets subscribe to show each message beside its field; `errorFor` is what their
 * `isValid` tells Decap, so a refused value blocks the save. The page's
 * `data-qx-validation` attribute says "pending" or "idle" (tests wait on it).
 */
/** A draft picture of the entry (chosen, not yet saved), as the server's check reads it. */
async function draftAssets(entry) {
  const files = entry.get('mediaFiles')?.toJS?.() ?? [];
  return Promise.all(
    files
      .filter((f) => f.draft && f.file && f.path)
      .map(async (f) => {
        const bytes = new Uint8Array(await f.file.arrayBuffer());
        let binary = '';
        for (const b of bytes) binary += String.fromCharCode(b);
        return { path: f.path, content: btoa(binary) };
      }),
  );
}

/** The request that asks the server about `entry`: its path, its data, its draft pictures. */
export async function entryRequest(entry) {
  return {
    path: entry.get('path') || '',
    data: entry.get('data')?.toJS?.() ?? {},
    assets: await draftAssets(entry),
  };
}

export function createValidation(post) {
  const listeners = new Set();
  let errors = {};
  let last = '';
  let timer;
  let running = 0;
  // Widgets that did not re-render may still hold an older draft: one seen before is not newer.
  const seen = new WeakSet();
  const mark = () => {
    document.documentElement.dataset.qxValidation = timer || running ? 'pending' : 'idle';
  };
  async function run(request, key) {
    running++;
    mark();
    try {
      const result = await post('/_admin/api/validate', request);
      if (key === last) errors = result.errors ?? {};
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
      if (!entry || !entry.get || seen.has(entry)) return;
      seen.add(entry);
      const key = JSON.stringify({
        path: entry.get('path'),
        data: entry.get('data'),
        media: entry.get('mediaFiles'),
      });
      if (key === last) return;
      last = key;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const request = await entryRequest(entry);
        timer = undefined;
        void run(request, key);
      }, 300);
      mark();
    },
    pending: () => Boolean(timer || running),
  };
}
