// Signpost service worker. The server fills in VERSION and PRECACHE for each build
// (src/pwa/server.rs), so a new build is a new worker with its own cache.
//
// - Navigations go to the network (the server renders the page); when that fails, the app
//   shell answers and the app renders the page from the directory saved on the phone.
// - The shell, hashed wasm/js/css, icons, manifest and locale files come from the cache.
// - /api/* and every non-GET request go straight to the network: the app decides what to do
//   when they fail.
// - A new worker waits until the page asks it to take over (the "new version" prompt).

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const SHELL = "/shell";
const PREFIX = "signpost-app-";
const CACHE = PREFIX + VERSION;
// How long a navigation may wait for the network before the shell answers instead.
const NAVIGATION_TIMEOUT_MS = 6000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload", credentials: "same-origin" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "__SKIP_WAITING__") self.skipWaiting();
  // A page that loaded while this worker was activating missed its claim (and one reloaded
  // past the worker has none): it asks, so that it works with no signal without a reload.
  if (event.data && event.data.type === "__CLAIM__") event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  if (url.pathname.startsWith("/api/")) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});

async function navigate(request) {
  const cache = await caches.open(CACHE);
  const shell = await cache.match(SHELL);
  if (!shell) return fetch(request);
  const network = fetch(request).catch(() => null);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS));
  return (await Promise.race([network, timeout])) || shell;
}
