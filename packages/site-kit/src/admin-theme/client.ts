/**
 * The theme editor's page script (served as is from dist: plain DOM, no imports). Every colour
 * typed or picked is sent to the server, which judges it with the build's own code and answers
 * with the palettes, every pair's contrast and the fixes; this script only shows the answer and
 * repaints the preview frames. The server judges a save again: this script is a convenience,
 * never the gate.
 */
interface PairRow {
  mode: 'normal' | 'elder';
  foreground: string;
  background: string;
  fgName: string;
  bgName: string;
  fg: string;
  bg: string;
  ratio: string;
  min: number;
  pass: boolean;
}
interface Judgement {
  ok: boolean;
  problems: Record<string, string[]>;
  fixes: Record<string, string>;
  hex: Record<string, string>;
  palettes?: Record<'normal' | 'elder', Record<string, string>>;
  pairs: PairRow[];
  message?: string;
}
interface EditorData {
  lang: string;
  api: string;
  strings: Record<string, string>;
}

const data = JSON.parse(document.getElementById('qx-theme-editor')?.textContent ?? '{}') as EditorData;
const brandKeys = ['primary', 'accent', 'text', 'surface'];
const modes = ['normal', 'elder'] as const;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A catalogue string with `{{name}}` filled in. */
const say = (key: string, params: Record<string, string | number> = {}) =>
  (data.strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const api = (name: string, init?: RequestInit) =>
  fetch(`${data.api}${name}?lang=${encodeURIComponent(data.lang)}`, init);
const post = (name: string, body: unknown) =>
  api(name, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

/** The theme being edited: every key of theme.json but `$schema`. */
let theme: Record<string, string> = {};
let judged: Judgement | undefined;
let sequence = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

const textOf = (key: string) => byId<HTMLInputElement>(`${key}-text`);
const pickerOf = (key: string) => byId<HTMLInputElement>(`${key}-picker`);

/** Judges the theme now (or after a short pause while typing), keeping only the latest answer. */
function check(wait = 120) {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const mine = ++sequence;
    const answer = (await (await post('check', { theme })).json()) as Judgement;
    if (mine === sequence) show(answer);
  }, wait);
}

function show(answer: Judgement) {
  judged = answer;
  for (const key of brandKeys) showField(key, answer);
  // Problems with keys that have no field (expert --qx-* overrides) are listed under the form.
  const others = Object.entries(answer.problems).filter(([k]) => !brandKeys.includes(k));
  const other = byId('file-problem');
  other.replaceChildren(
    ...others.map(([k, messages]) => el('span', {}, `${k}: ${messages.join(' ')}`, ' ', fixButton(k, answer) ?? '')),
  );
  other.hidden = others.length === 0;
  byId('save').setAttribute('aria-disabled', String(!answer.ok));
  showPalettes(answer);
  showPairs(answer);
  announce(answer);
  repaint();
}

function fixButton(key: string, answer: Judgement) {
  const colour = answer.fixes[key];
  if (!colour) return undefined;
  const chip = el('span', { class: 'chip', 'aria-hidden': 'true' });
  // Through the CSSOM: the page's policy refuses style attributes written as text.
  chip.style.background = colour;
  const button = el('button', { type: 'button', class: 'fix' }, chip, say('editor.fix', { colour }));
  button.addEventListener('click', () => {
    theme[key] = colour;
    if (brandKeys.includes(key)) {
      textOf(key).value = colour;
      textOf(key).focus(); // the button goes away with the failure: focus stays on the field
    }
    check(0);
  });
  return button;
}

function showField(key: string, answer: Judgement) {
  const text = textOf(key);
  const problems = answer.problems[key] ?? [];
  text.setAttribute('aria-invalid', String(problems.length > 0));
  const hex = answer.hex[key] ?? (key === 'primary' ? undefined : answer.palettes?.normal[key]);
  if (hex && /^#[0-9a-f]{6}$/i.test(hex)) pickerOf(key).value = hex;
  const box = byId(`${key}-problem`);
  const fix = fixButton(key, answer);
  box.replaceChildren(...problems.map((m) => el('p', {}, m)), ...(fix ? [fix] : []));
}

function showPalettes(answer: Judgement) {
  const box = byId('palette');
  if (!answer.palettes) return box.replaceChildren();
  const palettes = answer.palettes;
  box.replaceChildren(
    ...modes.map((mode) => {
      const items = Object.entries(palettes[mode]).map(([token, colour]) => {
        const chip = el('span', { class: 'chip', 'aria-hidden': 'true' });
        chip.style.background = colour;
        return el('li', {}, chip, el('code', {}, `--qx-color-${token}`), ' ', el('span', {}, colour));
      });
      return el('div', {}, el('h3', {}, say(`editor.mode.${mode}`)), el('ul', { class: 'swatches' }, ...items));
    }),
  );
}

function showPairs(answer: Judgement) {
  const box = byId('pairs');
  box.replaceChildren(
    ...modes.map((mode) => {
      const rows = answer.pairs.filter((p) => p.mode === mode);
      const head = ['col.foreground', 'col.background', 'col.sample', 'col.ratio', 'col.min', 'col.result'];
      const body = rows.map((p) => {
        // A mark of the foreground on the background, not text: a pair of boundary colours
        // (3:1) must not read as text that fails, and the table's words carry the result.
        const mark = el('span', { class: 'mark' });
        mark.style.background = p.fg;
        const sample = el('span', { class: 'sample', role: 'img', 'aria-label': `${p.fg} / ${p.bg}` }, mark);
        sample.style.background = p.bg;
        return el(
          'tr',
          { 'data-pass': String(p.pass), 'data-pair': `${p.foreground} ${p.background}` },
          el('th', { scope: 'row' }, p.fgName),
          el('td', {}, p.bgName),
          el('td', {}, sample),
          el('td', {}, `${p.ratio}:1`),
          el('td', {}, `${p.min}:1`),
          el('td', { class: p.pass ? 'pass' : 'fail' }, p.pass ? `✓ ${say('editor.pass')}` : `✗ ${say('editor.fail')}`),
        );
      });
      const caption = el('caption', {}, say(`editor.mode.${mode}`));
      const table = el(
        'table',
        {},
        caption,
        el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, say(`editor.${h}`))))),
        el('tbody', {}, ...body),
      );
      // A table wider than the screen at 200 % zoom scrolls inside its own keyboard-reachable box.
      return el('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-label': say(`editor.mode.${mode}`) }, table);
    }),
  );
}

/** The live region: said once per change of the outcome, not at every keystroke. */
function announce(answer: Judgement) {
  const failing = answer.pairs.filter((p) => !p.pass);
  const first = Object.values(answer.problems).flat()[0] ?? '';
  const text = !answer.palettes
    ? say('editor.invalid', { first })
    : failing.length
      ? say('editor.someFail', { count: failing.length, first })
      : say('editor.allPass', { count: answer.pairs.length });
  const status = byId('contrast-status');
  if (status.textContent !== text) status.textContent = text;
  status.dataset.pass = String(answer.ok);
}

/** Paints each preview frame in the draft's palette for the mode the frame is in. */
function repaint() {
  for (const frame of frames()) paint(frame);
}
function paint(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument;
  const palettes = judged?.palettes;
  if (!doc?.documentElement || !palettes) return;
  const root = doc.documentElement;
  const palette = palettes[root.hasAttribute('data-qx-elder') ? 'elder' : 'normal'];
  // Custom properties on the root element itself win over the stylesheet's :root blocks.
  for (const [token, colour] of Object.entries(palette)) root.style.setProperty(`--qx-color-${token}`, colour);
}
const frames = () => [byId<HTMLIFrameElement>('preview-home'), byId<HTMLIFrameElement>('preview-article')];

function previewMode(): 'normal' | 'elder' {
  return document.querySelector<HTMLInputElement>('input[name="preview-mode"]:checked')?.value === 'elder' ? 'elder' : 'normal';
}
function setMode(frame: HTMLIFrameElement) {
  const root = frame.contentDocument?.documentElement;
  if (!root) return;
  root.toggleAttribute('data-qx-elder', previewMode() === 'elder');
  paint(frame);
}

async function loadPreview() {
  const answer = (await (await api('preview')).json()) as { home?: string; article?: string; problems?: string[] };
  const problems = byId('preview-problems');
  problems.hidden = !answer.problems;
  if (answer.problems) {
    problems.replaceChildren(el('p', {}, say('editor.previewProblems')), el('ul', {}, ...answer.problems.map((p) => el('li', {}, p))));
  }
  const [home, article] = frames();
  if (home && answer.home) home.src = answer.home;
  if (article) {
    article.hidden = !answer.article;
    if (answer.article) article.src = answer.article;
  }
}

async function save(event: SubmitEvent) {
  event.preventDefault();
  const status = byId('save-status');
  if (judged && !judged.ok) {
    const failing = judged.pairs.filter((p) => !p.pass).length;
    status.textContent = failing ? say('editor.refused', { count: failing }) : say('editor.refusedFields');
    return;
  }
  const response = await post('save', { theme });
  const answer = (await response.json()) as Judgement;
  if ('pairs' in answer) show(answer);
  status.textContent = answer.message ?? '';
  status.dataset.ok = String(response.ok);
  if (response.ok) await loadPreview();
}

async function uploadLogo(event: SubmitEvent) {
  event.preventDefault();
  const status = byId('logo-status');
  const file = byId<HTMLInputElement>('logo-file').files?.[0];
  if (!file) return void (status.textContent = say('editor.logoChoose'));
  const response = await api('logo', {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    body: file,
  });
  const answer = (await response.json()) as { ok: boolean; message: string };
  status.textContent = answer.message;
  status.dataset.ok = String(answer.ok);
  if (answer.ok) {
    showLogo(`${data.api.replace(/api\/$/, '')}logo`);
    await loadPreview();
  }
}

function showLogo(url: string | undefined) {
  const image = byId<HTMLImageElement>('logo-image');
  image.hidden = !url;
  if (url) image.src = `${url}?v=${Date.now()}`;
  byId('logo-caption').textContent = url ? image.alt : say('editor.logoNone');
}

async function start() {
  const state = (await (await api('state')).json()) as {
    theme: Record<string, string>;
    fileProblem?: string;
    judged: Judgement;
    logo?: string;
  };
  theme = state.theme;
  for (const key of brandKeys) {
    const text = textOf(key);
    text.value = theme[key] ?? '';
    const edit = (value: string) => {
      if (value.trim() === '' && key !== 'primary') delete theme[key];
      else theme[key] = value.trim();
      check();
    };
    text.addEventListener('input', () => edit(text.value));
    pickerOf(key).addEventListener('input', () => {
      text.value = pickerOf(key).value;
      edit(text.value);
    });
  }
  if (state.fileProblem) {
    const problem = byId('file-problem');
    problem.textContent = state.fileProblem;
    problem.hidden = false;
  }
  show(state.judged);
  showLogo(state.logo);
  byId<HTMLFormElement>('theme-form').addEventListener('submit', (e) => void save(e));
  byId<HTMLFormElement>('logo-form').addEventListener('submit', (e) => void uploadLogo(e));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preview-mode"]')) {
    radio.addEventListener('change', () => frames().forEach(setMode));
  }
  for (const frame of frames()) {
    frame.addEventListener('load', () => {
      setMode(frame);
      // The portal's own toolbar may switch elder mode inside the frame: follow it.
      const root = frame.contentDocument?.documentElement;
      if (root) new MutationObserver(() => paint(frame)).observe(root, { attributeFilter: ['data-qx-elder'] });
      frame.dataset.painted = 'true';
    });
  }
  await loadPreview();
  document.body.dataset.ready = 'true';
}

void start();
export {};
