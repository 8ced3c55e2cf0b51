/**
 * The theme editor's page script (served as is from dist, with view.ts and preview.ts beside
 * it: plain DOM, no framework). Every colour typed or picked is sent to the server, which
 * judges it with the build's own code and answers with the palettes, every pair's contrast and
 * the fixes; this script only shows the answer and repaints the preview frames. The server
 * judges a save again: this script is a convenience, never the gate.
 */
import { loadPreview, repaint, watchFrames } from './preview.js';
import {
  announce,
  api,
  byId,
  data,
  el,
  say,
  showPairs,
  showPalettes,
  type Judgement,
  type PaletteColour,
} from './view.js';

const brandKeys = ['primary', 'accent', 'text', 'surface'];
/** The palette token each optional brand colour becomes (theme/palette.ts). */
const derivedAs: Record<string, PaletteColour> = {
  accent: 'link',
  text: 'text',
  surface: 'surface',
};
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
    // A lost answer (the editor stopped) leaves the last one shown; Save asks the server again.
    const answer = await post('check', { theme })
      .then((r) => r.json() as Promise<Judgement>)
      .catch(() => undefined);
    if (answer && mine === sequence) show(answer);
  }, wait);
}

function show(answer: Judgement) {
  judged = answer;
  for (const key of brandKeys) showField(key, answer);
  // Problems with keys that have no field (expert --qx-* overrides) are listed under the form.
  const others = Object.entries(answer.problems).filter(([k]) => !brandKeys.includes(k));
  const other = byId('file-problem');
  other.replaceChildren(
    ...others.map(([k, messages]) =>
      el('span', {}, `${k}: ${messages.join(' ')}`, ' ', fixButton(k, answer) ?? ''),
    ),
  );
  other.hidden = others.length === 0;
  byId('save').setAttribute('aria-disabled', String(!answer.ok));
  showPalettes(answer);
  showPairs(answer);
  announce(answer);
  repaint(answer.palettes);
}

function fixButton(key: string, answer: Judgement) {
  const colour = answer.fixes[key];
  if (!colour) return undefined;
  const chip = el('span', { class: 'chip', 'aria-hidden': 'true' });
  // Through the CSSOM: the page's policy refuses style attributes written as text.
  chip.style.background = colour;
  const button = el(
    'button',
    { type: 'button', class: 'fix' },
    chip,
    say('editor.fix', { colour }),
  );
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
  // An optional colour left empty shows what the palette derived for it.
  const derived = derivedAs[key];
  const hex = answer.hex[key] ?? (derived && answer.palettes?.normal[derived]);
  if (hex && /^#[0-9a-f]{6}$/i.test(hex)) pickerOf(key).value = hex;
  const box = byId(`${key}-problem`);
  const fix = fixButton(key, answer);
  box.replaceChildren(...problems.map((m) => el('p', {}, m)), ...(fix ? [fix] : []));
}

async function save(event: SubmitEvent) {
  event.preventDefault();
  const status = byId('save-status');
  if (judged && !judged.ok) {
    const failing = judged.pairs.filter((p) => !p.pass).length;
    status.textContent = failing
      ? say('editor.refused', { count: failing })
      : say('editor.refusedFields');
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
      // An optional colour left empty is not written: the palette derives it.
      theme = Object.fromEntries(Object.entries(theme).filter(([k]) => k !== key));
      if (value.trim() !== '' || key === 'primary') theme[key] = value.trim();
      check();
    };
    text.addEventListener('input', () => edit(text.value));
    pickerOf(key).addEventListener('input', () => {
      text.value = pickerOf(key).value;
      edit(text.value);
    });
  }
  show(state.judged);
  if (state.fileProblem) {
    const problem = byId('file-unreadable');
    problem.textContent = state.fileProblem;
    problem.hidden = false;
  }
  showLogo(state.logo);
  byId<HTMLFormElement>('theme-form').addEventListener('submit', (e) => void save(e));
  byId<HTMLFormElement>('logo-form').addEventListener('submit', (e) => void uploadLogo(e));
  watchFrames();
  await loadPreview();
  document.body.dataset.ready = 'true';
}

void start();
