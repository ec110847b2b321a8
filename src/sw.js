// kolcalc's service worker: after the first visit, every page and file of
// this build is cached, so a repeat visit starts without the network and
// the calculators work offline. examples/prerender.rs writes the list of
// files and the build's version in below (dist/sw.js). A new build is
// fetched on a visit and takes over on the next one (no skipWaiting: a
// page of the old build never gets files of the new one).
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `kolcalc-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((name) => name.startsWith('kolcalc-') && name !== CACHE).map((name) => caches.delete(name))),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The fragment (a scenario) never reaches here; `index.html` is its folder.
  const url = new URL(request.url);
  url.search = '';
  if (url.pathname.endsWith('/index.html')) url.pathname = url.pathname.slice(0, -'index.html'.length);
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(url.href).then((cached) => cached ?? fetch(request)),
    ),
  );
});
