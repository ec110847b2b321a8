// Starts the app from a file rather than an inline script, so the page's
// Content-Security-Policy can forbid inline scripts. Trunk writes the
// hashed names of the bindings and the module into this script's tag.
const tag = document.querySelector('script[data-bindings]');
const { default: init } = await import(tag.dataset.bindings);
await init({ module_or_path: tag.dataset.module });
