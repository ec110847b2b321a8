// Starts the app from a file rather than an inline script, so the page's
// Content-Security-Policy can forbid inline scripts. Trunk writes the
// hashed names of the bindings and the module into this script's tag.
//
// The page arrives prerendered (examples/prerender.rs): the same components
// at the default scenario, in #prerendered. The app mounts beside it in
// #app; once its first render is in the document it announces itself
// (`kolcalc:mounted`, before any paint), and this script carries over
// whatever was typed into the prerendered form, removes it, and marks the
// page ready: <html data-ready>.

const CONTROLS = 'input, select, textarea';

/** Whether the visitor changed this prerendered control. */
function changed(control) {
  if (control instanceof HTMLSelectElement) {
    return [...control.options].some((option) => option.selected !== option.defaultSelected);
  }
  if (control.type === 'checkbox' || control.type === 'radio') {
    return control.checked !== control.defaultChecked;
  }
  return control.value !== control.defaultValue;
}

/** Gives `target` (the app's control) what was typed into `source`, as if typed there. */
function carry(source, target) {
  if (source.type === 'checkbox' || source.type === 'radio') target.checked = source.checked;
  else target.value = source.value;
  target.dispatchEvent(new Event('input', { bubbles: true }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Matches the two pages' controls, part by part, in document order, and
 *  gives the app's what was typed. Returns the app's control matching the
 *  focused one, if any. */
function carryTyped(prerendered, app) {
  const focused = document.activeElement;
  let focusTarget = null;
  for (const part of ['header', 'main']) {
    const from = prerendered.querySelector(part);
    const to = app.querySelector(part);
    if (!from || !to) continue;
    const sources = [...from.querySelectorAll(CONTROLS)];
    const targets = [...to.querySelectorAll(CONTROLS)];
    // Same components, so the same controls; anything else is not matched.
    if (sources.length !== targets.length) continue;
    sources.forEach((source, i) => {
      if (changed(source)) carry(source, targets[i]);
      if (source === focused) focusTarget = targets[i];
    });
  }
  return focusTarget;
}

/** Focuses `control` with the caret at the end, as it was while typing. */
function focusAtEnd(control) {
  control.focus();
  try {
    const end = control.value.length;
    control.setSelectionRange(end, end);
  } catch {
    // Not a text control: focus is enough.
  }
}

// The app may move a published link (`…/#/engagement?…`) to its page's
// address (`…/engagement/#…`); files the page asks for later (its icon)
// must still come from where this page found them.
for (const icon of document.querySelectorAll('link[rel~="icon"]')) icon.setAttribute('href', icon.href);

function takeOver() {
  const prerendered = document.getElementById('prerendered');
  const app = document.getElementById('app');
  if (prerendered && app) {
    const focusTarget = carryTyped(prerendered, app);
    // The app is hidden while the prerendered page is there (main.css), and
    // a hidden control cannot take focus.
    prerendered.remove();
    if (focusTarget) focusAtEnd(focusTarget);
  }
  const root = document.documentElement;
  root.removeAttribute('data-pending');
  root.setAttribute('data-ready', '');
  registerWorker();
}

/** Caches the site for repeat visits and offline use (sw.js, written by the
 *  prerender). Not in frames: a sandboxed one cannot run it, and an embed
 *  has no business installing one on the hub's visitors. */
function registerWorker() {
  if (window.top !== window || self.origin === 'null' || !window.isSecureContext) return;
  try {
    navigator.serviceWorker?.register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).pathname }).catch(() => {});
  } catch {
    // Storage blocked (a private window, a policy): the site works without it.
  }
}

addEventListener('kolcalc:mounted', takeOver, { once: true });

const tag = document.querySelector('script[data-bindings]');
const { default: init } = await import(tag.dataset.bindings);
await init({ module_or_path: tag.dataset.module });
