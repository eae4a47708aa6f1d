// Signpost benchmarks: one run, one report (docs/BENCHMARKS.md). Started by `make bench`
// (bench/run.sh), which builds everything first. Load goes to 127.0.0.1 only, with bounded
// durations. Measures:
//   1. bundle sizes; first-load transfer in Chromium (CDP), cold and warm
//   2. Lighthouse (mobile) for home, a search and a service page
//   3. offline start with 4x CPU throttling: reload to the first search result
//   4. search: Signpost (wasm) against MiniSearch, 1,000 / 5,000 / 20,000 services
//   5. sync: snapshot and one-change delta sizes; applying a snapshot in the browser
//   6. server: wrk at 50 connections on the sync endpoint, a search page and the ORUK API; memory; nginx
//   7. load: 200 simulated phones (`make load-test`) against one server on SQLite and two behind
//      nginx on a throwaway PostgreSQL, at a phone's pace and flat out
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium } from "playwright-core";
import { readLeb, sections } from "../.ci/shrink-main.mjs";
import { compressedSizes, fileSizes, firstLoadByLocale, firstLoadFiles, lazyFiles, pkgDir, root, servedSize } from "./sizes.mjs";

const target = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), ".cache/signpost/target");
const bin = path.join(target, "release/signpost");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-"));
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info",
];
const report = [];
const kib = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? "–" : n < 10 ? n.toFixed(2) : n.toFixed(0));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (...a) => console.error("[bench]", ...a);

function env(port, db, extra = {}) {
  return { ...process.env, DATABASE_URL: db && `sqlite://${db}`, LEPTOS_SITE_ROOT: path.join(root, "target/site"), LEPTOS_SITE_ADDR: `127.0.0.1:${port}`, SIGNPOST_LOG: "warn", ...extra };
}

const children = new Set();
process.on("exit", () => children.forEach((c) => c.kill("SIGKILL")));

async function startServer(port, db, extra) {
  const child = spawn(bin, [], { env: env(port, db, extra), stdio: ["ignore", "ignore", "inherit"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    // A server that exited (say, the port was taken) must not be mistaken for whatever answers.
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${port} did not start`);
}

const stop = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM"))));

function cli(db, args, input) {
  return execFileSync(bin, args, { env: env(0, db), input, encoding: "utf8", maxBuffer: 1 << 28 });
}

function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Waits until the page says the directory is saved on the phone. */
async function saved(page, timeout = 300_000) {
  await page.getByRole("status").filter({ hasText: "Saved on this phone" }).waitFor({ timeout });
}

// ---------------------------------------------------------------------------------------------
async function sizes(base) {
  const first = firstLoadFiles();
  const rows = [];
  let total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, name] of Object.entries(first)) {
    const s = fileSizes(name);
    rows.push([kind, name, s.raw, s.gzip, s.brotli]);
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  // The page as the server sends it to a browser that asks for each encoding (it compresses
  // pages itself, at a quality fast enough for every request: not what brotli's best would give).
  const served = { identity: await servedSize(`${base}/`, "identity"), gzip: await servedSize(`${base}/`, "gzip"), br: await servedSize(`${base}/`, "br") };
  for (const encoding of ["gzip", "br"]) {
    if (served[encoding].encoding !== encoding) throw new Error(`the home page came without ${encoding} (${served[encoding].encoding})`);
  }
  const h = { raw: served.identity.bytes, gzip: served.gzip.bytes, brotli: served.br.bytes };
  rows.push(["html", "home page (demo directory), as served", h.raw, h.gzip, h.brotli]);
  const bundleBrotli = total.brotli;
  for (const k of Object.keys(total)) total[k] += h[k];
  rows.push(["**total**", "first load", total.raw, total.gzip, `**${total.brotli}** (${kib(total.brotli)} KiB)`]);
  let lazy = { raw: 0, brotli: 0 };
  for (const f of lazyFiles()) {
    const s = fileSizes(f);
    lazy.raw += s.raw;
    lazy.brotli += s.brotli;
  }
  rows.push(["later", `${lazyFiles().length} lazy wasm chunks and their manifest (offline copy, sync, pages)`, lazy.raw, "", lazy.brotli]);
  // The same first load in other languages (their messages are in the page).
  for (const { locale, html, total } of await firstLoadByLocale(base, ["ar", "gu", "ti", "ta"], bundleBrotli)) {
    rows.push([`total, ${locale}`, `first load with the home page in ${locale} (its HTML ${html} B brotli)`, "", "", `${total} (${kib(total)} KiB)`]);
  }
  return { total, rows };
}

/** Bytes the page itself transferred (CDP encodedDataLength), cold and then warm. */
async function transfer(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  await page.goto(`${base}/`);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  const cold = bytes;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  bytes = 0;
  await page.reload();
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  const warm = bytes;
  await context.close();
  return { cold, warm };
}

// ---------------------------------------------------------------------------------------------
/** Runs a program to its end and resolves to what it printed, without blocking the event loop:
 * a blocked loop keeps fetch's idle keep-alive connections past their time, and the server
 * (which closes idle connections after 10 s) closes one under the next request. */
function execute(file, args, { env = process.env, cwd = root, stderr = "pipe", timeout = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, cwd, stdio: ["ignore", "pipe", stderr] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (out += d));
    child.stderr?.setEncoding("utf8").on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${file} ${args.join(" ")}: ${signal ?? `exit ${code}`}\n${err}`));
    });
  });
}

async function lighthouse(url) {
  const out = path.join(work, `lh-${Math.random().toString(36).slice(2)}.json`);
  await execute(
    path.join(root, "bench/node_modules/.bin/lighthouse"),
    [url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance", `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, timeout: 180_000 },
  );
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  const a = (id) => r.audits[id].numericValue;
  const items = (id) => r.audits[id]?.details?.items ?? [];
  // Where the main thread's time went: its long tasks (what they ran, from when, how long) and
  // its work by kind (script evaluation, parsing and compiling, style and layout, ...).
  const file = (url) => (url ? String(url).replace(/^.*\//, "").replace(/\?.*$/, "") || "(page)" : "(browser)");
  const longTasks = items("long-tasks").map((t) => `${file(t.url)} at ${ms(t.startTime)} ms: ${ms(t.duration)} ms`);
  const mainThread = items("mainthread-work-breakdown").filter((w) => w.duration >= 20).map((w) => `${w.groupLabel ?? w.group} ${ms(w.duration)} ms`);
  // The app's own phases (src/pwa/timing.rs), as the page measured them (observed, not simulated).
  const phases = items("user-timings").filter((u) => u.timingType === "Measure" && u.name.startsWith("signpost:")).map((u) => `${u.name.slice(9)} at ${ms(u.startTime)} ms: ${ms(u.duration)} ms`);
  return { benchmarkIndex: r.environment.benchmarkIndex, score: Math.round(r.categories.performance.score * 100), fcp: a("first-contentful-paint"), lcp: a("largest-contentful-paint"), tbt: a("total-blocking-time"), cls: a("cumulative-layout-shift"), longTasks, mainThread, phases };
}

/** Lighthouse three times over a page, each figure the median of the three (#15 asks for the
 * median of 3 runs, as one run's TBT varies from run to run). A run Lighthouse itself
 * abandons ("Something went wrong with recording the trace", NO_NAVSTART) is run again, up to
 * twice; any other failure, or a third abandoned run, stops the benchmark. */
async function lighthouseMedian(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    for (let attempt = 1; ; attempt++) {
      try {
        results.push(await lighthouse(url));
        break;
      } catch (e) {
        if (attempt >= 3 || !/Runtime error encountered/.test(String(e.message))) throw e;
        log(`lighthouse abandoned a run (attempt ${attempt}), running it again: ${String(e.message).split("\n").find((l) => /Runtime error/.test(l))}`);
      }
    }
  }
  const mid = (k) => median(results.map((r) => r[k]));
  // The long tasks and main-thread work of the run whose TBT is the median.
  const typical = results.find((r) => r.tbt === mid("tbt"));
  return { benchmarkIndex: mid("benchmarkIndex"), score: mid("score"), fcp: mid("fcp"), lcp: mid("lcp"), tbt: mid("tbt"), cls: mid("cls"), tbts: results.map((r) => r.tbt), longTasks: typical.longTasks, mainThread: typical.mainThread, phases: typical.phases };
}

/** Each page's hydration on a first visit at 4x CPU (CDP), as Chromium runs it (V8 compiles each
 * wasm function when it is first called, on the main thread) and with the whole module compiled
 * before it runs (`--no-wasm-lazy-compilation`, which no page can ask for): the difference is
 * compiling. The median of `runs` fresh contexts (no HTTP or code cache) per page and mode. */
async function hydrationAndCompiling(pages, runs = 3) {
  const medians = {};
  for (const mode of ["lazy", "eager"]) {
    const browser = await launch(mode === "eager" ? ["--js-flags=--no-wasm-lazy-compilation"] : []);
    for (const [name, url] of pages) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await page.goto(url);
        await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
        times.push(await page.evaluate(() => performance.getEntriesByType("measure").find((m) => m.name === "signpost:hydrate").duration));
        await context.close();
      }
      (medians[name] ??= {})[mode] = median(times);
      if (mode === "lazy") {
        const traced = [];
        for (let i = 0; i < runs; i++) traced.push(await lazyCompiles(browser, url));
        medians[name].compiled = median(traced.map((t) => t.functions));
        medians[name].compiling = median(traced.map((t) => t.ms));
      }
    }
    await browser.close();
  }
  return pages.map(([name]) => ({ name, ...medians[name] }));
}

/** The wasm functions V8 compiled on first call from navigation until the page said it was
 * hydrated, and the time those compiles took: one fresh context at 4x CPU, traced (V8's
 * `wasm.CompileLazy` events, category `v8.wasm`). */
async function lazyCompiles(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["v8.wasm"] }, transferMode: "ReportEvents" });
  await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  const compiles = events.filter((e) => e.name === "wasm.CompileLazy" && e.ph === "X");
  if (compiles.length === 0) throw new Error(`no wasm.CompileLazy events traced for ${url}: has Chromium renamed them?`);
  return { functions: compiles.length, ms: compiles.reduce((sum, e) => sum + e.dur / 1000, 0) };
}

/** How many functions a wasm module defines (the count its code section starts with). */
function functionCount(file) {
  const code = sections(fs.readFileSync(file)).find((s) => s.id === 10);
  if (!code) throw new Error(`${file} has no code section`);
  return readLeb(code.body, 0)[0];
}

// ---------------------------------------------------------------------------------------------
/** Offline, with the CPU slowed 4x: from reload to the first search result on screen. */
async function offlineStart(browser, base, runs = 5) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!window.__firstResult && document.querySelector(".cards .card")) window.__firstResult = performance.now();
    });
    observer.observe(document, { childList: true, subtree: true });
    // The page's long tasks (50 ms or more), to say what blocks a tap while it starts.
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])))
      .observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
  await saved(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await context.setOffline(true);
  const times = [];
  const phases = [];
  const index = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__firstResult));
    // The app's own phases (src/pwa/timing.rs) that began before the first result showed.
    phases.push(await page.evaluate(() => performance.getEntriesByType("measure")
      .filter((m) => m.name.startsWith("signpost:") && m.startTime < window.__firstResult)
      .map((m) => `${m.name.slice(9)} at ${Math.round(m.startTime)} ms: ${Math.round(m.duration)} ms`)));
    // Then the search index, built in the background: how long, and the longest task meanwhile.
    await page.waitForFunction(() => performance.getEntriesByType("measure").some((m) => m.name === "signpost:index"), null, { timeout: 120_000 });
    const r = await page.evaluate(() => {
      const m = performance.getEntriesByType("measure").find((m) => m.name === "signpost:index");
      const longest = (from, to) => Math.max(0, ...window.__longTasks.filter(([s]) => s >= from && s < to).map(([, d]) => d));
      return { index: m.duration, before: longest(0, window.__firstResult), during: longest(m.startTime, m.startTime + m.duration) };
    });
    index.push(r.index);
    longest.push(r);
  }
  await context.close();
  const at = times.indexOf(median(times));
  return { median: median(times), max: Math.max(...times), runs, phases: phases[at] ?? phases[0], index: median(index), longest: longest[at] ?? longest[0] };
}

// ---------------------------------------------------------------------------------------------
const QUERIES = [
  "food", "housing advice", "youth club", "benefits", "laptop",
  "hou", "advi", "lapt", "ment", "yout",
  "foood", "advise", "housng", "mentl helth", "bnefits",
  "ખોરાક", "યુવા", "طعام", "الشباب", "استشارات", "کھانے", "روزگار",
  "żywności", "porady", "cuntada", "caafimaadka", "somali english", "food highfields",
];

function staticServer(dirs) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    for (const [prefix, dir] of dirs) {
      if (url.pathname.startsWith(prefix)) {
        const file = path.join(dir, url.pathname.slice(prefix.length));
        if (fs.existsSync(file) && fs.statSync(file).isFile()) {
          res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
          fs.createReadStream(file).pipe(res);
          return;
        }
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function searchBench(browser) {
  const dataDir = path.join(work, "data");
  fs.mkdirSync(dataDir);
  const server = await staticServer([
    ["/wasm/", path.join(root, "target/bench/wasm")],
    ["/minisearch/", path.join(root, "bench/node_modules/minisearch/dist/es")],
    ["/data/", dataDir],
    ["/", path.join(root, "bench")],
  ]);
  const base = `http://127.0.0.1:${server.address().port}`;
  const results = [];
  for (const n of [1000, 5000, 20000]) {
    cli(path.join(work, "unused.db"), ["synthetic", "--services", String(n), "--seed", "1", "--json", path.join(dataDir, `${n}.json`)]);
    const page = await browser.newPage();
    await page.goto(`${base}/search.html`);
    await page.locator("#state", { hasText: "ready" }).waitFor();
    const r = await page.evaluate(([url, queries]) => window.runBench(url, queries, 5), [`/data/${n}.json`, QUERIES]);
    results.push({ n, ...r });
    await page.close();
    log(`search ${n}: signpost p95 ${ms(r.signpost.p95)} ms, minisearch p95 ${ms(r.minisearch.p95)} ms`);
  }
  server.close();
  return results;
}

// ---------------------------------------------------------------------------------------------
/** Whole snapshot (every page from 0) and a one-change delta, raw and as the server compresses. */
async function syncSizes(base, db) {
  let since = 0, raw = 0, br = 0, gzip = 0, best = 0, pages = 0, cursor = 0, vocabulary = "", first = null;
  for (;;) {
    const url = `${base}/api/sync/v1/changes?since=${since}&limit=1000`;
    const plain = await servedSize(url, "identity");
    const page = JSON.parse(plain.body.toString("utf8"));
    raw += plain.bytes;
    br += (await servedSize(url, "br")).bytes;
    gzip += (await servedSize(url, "gzip")).bytes;
    best += compressedSizes(plain.body).brotli;
    pages += 1;
    cursor = page.cursor;
    vocabulary = page.vocabulary_version;
    first ??= page.services?.[0];
    if (!page.more) break;
    since = page.cursor;
  }
  // One change: rename a service.
  const service = JSON.parse(cli(db, ["service", "export", first.id]));
  service.name += " (updated)";
  cli(db, ["service", "import"], JSON.stringify(service));
  const deltaUrl = `${base}/api/sync/v1/changes?since=${cursor}&vocabulary=${vocabulary}`;
  const delta = { raw: (await servedSize(deltaUrl, "identity")).bytes, br: (await servedSize(deltaUrl, "br")).bytes, gzip: (await servedSize(deltaUrl, "gzip")).bytes };
  return { raw, br, gzip, best, pages, delta };
}

/** A fresh browser saving the whole directory: first sync request to "saved". */
async function applySnapshot(browser, base) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const s = [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent.includes("Saved on this phone"));
      if (s && !window.__saved) window.__saved = performance.now();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.__saved !== undefined, null, { timeout: 300_000 });
  const result = await page.evaluate(() => {
    const sync = performance.getEntriesByType("resource").filter((e) => e.name.includes("/api/sync/v1/changes"));
    return { start: Math.min(...sync.map((e) => e.startTime)), saved: window.__saved, requests: sync.length };
  });
  await context.close();
  return { ms: result.saved - result.start, requests: result.requests };
}

// ---------------------------------------------------------------------------------------------
async function wrk(url, header) {
  const out = await execute("wrk", ["-t2", "-c50", "-d10s", "--latency", ...(header ? ["-H", header] : []), url]);
  const num = (re) => {
    const m = out.match(re);
    return m ? m[1] : null;
  };
  const toMs = (v) => (v == null ? null : v.endsWith("us") ? parseFloat(v) / 1000 : v.endsWith("ms") ? parseFloat(v) : parseFloat(v) * 1000);
  return { rps: parseFloat(num(/Requests\/sec:\s+([\d.]+)/)), p50: toMs(num(/50%\s+([\d.]+\w+)/)), p99: toMs(num(/99%\s+([\d.]+\w+)/)) };
}

/** wrk with a Lua script (for POST bodies). */
async function wrkScript(url, script) {
  const file = path.join(work, "wrk.lua");
  fs.writeFileSync(file, script);
  const out = await execute("wrk", ["-t2", "-c50", "-d10s", "--latency", "-s", file, url]);
  const num = (re) => (out.match(re) ?? [, null])[1];
  const toMs = (v) => (v == null ? null : v.endsWith("us") ? parseFloat(v) / 1000 : v.endsWith("ms") ? parseFloat(v) : parseFloat(v) * 1000);
  const non2xx = parseInt(num(/Non-2xx or 3xx responses:\s+(\d+)/) ?? "0", 10);
  const requests = parseInt(num(/(\d+) requests in/) ?? "0", 10);
  return { rps: parseFloat(num(/Requests\/sec:\s+([\d.]+)/)), p50: toMs(num(/50%\s+([\d.]+\w+)/)), p99: toMs(num(/99%\s+([\d.]+\w+)/)), non2xx, requests };
}

/** The id of a service that takes referrals, paging through the sync endpoint. */
async function firstAccepting(base) {
  for (let since = 0; ; ) {
    const page = await (await fetch(`${base}/api/sync/v1/changes?since=${since}&limit=1000`)).json();
    const found = (page.services ?? []).find((s) => s.accepts_referrals);
    if (found) return found.id;
    if (!page.more) throw new Error("no service takes referrals");
    since = page.cursor;
  }
}

/** The referral push endpoint: a new referral per request (each a durable commit), and the
 * same referral again and again (the idempotent path). Each wrk thread pushes as a worker of
 * its own, as phones do: the server limits pushes per worker (at most 100,000 a minute, after a
 * burst of a third), and one worker's limit would otherwise cap what is measured. */
async function referralLoad(base, db, serviceId) {
  const password = "benchmark password 1";
  const org = (await (await fetch(`${base}/api/sync/v1/changes?since=0&limit=1000`)).json()).organisations[0].id;
  // What a phone sends: its author, and the version of the consent statement the family heard
  // (the server keeps every statement it offered, and refuses versions it never offered).
  const consentVersion = () =>
    execFileSync("sqlite3", [db, "SELECT version FROM consent_statements WHERE language = 'en-GB' ORDER BY first_offered_at DESC LIMIT 1"], { encoding: "utf8" }).trim();
  const referral = (id) => ({
    id, service_id: serviceId, person_name: "Benchmark Person", contact_method: "phone", contact_detail: "0116 496 0999",
    language: "so", interpreter: false, needs: ["food"], support: "Benchmark", urgency: "routine", safeguarding: false,
    referrer_contact: "bench@example.org", consent: { version: 2, statement: consentVersion(), language: "en-GB", given_at_ms: Date.now() },
  });
  // Four workers: two push new referrals, two push one stored referral each again and again.
  const workers = [];
  for (let i = 1; i <= 4; i++) {
    const email = `bench${i}@example.org`;
    cli(db, ["user", "add", "--email", email, "--org", org, "--role", "worker", "--password-stdin"], `${password}\n`);
    const login = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, next: "/" }),
    });
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const author = (await (await fetch(`${base}/api/accounts/v1/me`, { headers: { cookie } })).json()).id;
    // One push first (the referral the repeat runs send again), so that a refusal stops the
    // run with the server's reason.
    const stored = `00000000-0000-7000-8000-00000000000${i}`;
    const first = await fetch(`${base}/api/referrals/v1/push`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ author, referrals: [referral(stored)] }),
    });
    const answer = await first.text();
    const itemStatus = first.status === 200 ? JSON.parse(answer).results?.[0]?.status : undefined;
    if (itemStatus !== 201) throw new Error(`a referral push was refused: ${first.status} ${answer}`);
    workers.push({ cookie, body: (id) => JSON.stringify({ author, referrals: [referral(id)] }), stored });
  }
  const lua = (s) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  // Thread n (1 or 2) pushes as `pair[n - 1]`.
  const threads = (pair) => `wrk.method = "POST"
local cookies = { "${lua(pair[0].cookie)}", "${lua(pair[1].cookie)}" }
local bodies = { "${lua(pair[0].body("ID"))}", "${lua(pair[1].body("ID"))}" }
local stored = { "${pair[0].stored}", "${pair[1].stored}" }
local threads = 0
function setup(thread) threads = threads + 1; thread:set("n", threads) end
function init(args) n = wrk.thread:get("n"); counter = 0; headers = { ["Content-Type"] = "application/json", ["Cookie"] = cookies[n] } end
`;
  // New ids: thread number and a counter, all decimal digits (valid hex) in UUID layout.
  const fresh = await wrkScript(`${base}/api/referrals/v1/push`, `${threads(workers.slice(0, 2))}
function request()
  counter = counter + 1
  local id = string.format("%08d-0000-7000-8000-%012d", n, counter)
  return wrk.format(nil, nil, headers, (string.gsub(bodies[n], "ID", id)))
end
`);
  const repeat = await wrkScript(`${base}/api/referrals/v1/push`, `${threads(workers.slice(2, 4))}
function request() return wrk.format(nil, nil, headers, (string.gsub(bodies[n], "ID", stored[n]))) end
`);
  const stored = parseInt(execFileSync("sqlite3", [db, "SELECT count(*) FROM referrals"], { encoding: "utf8" }).trim(), 10);
  return { fresh, repeat, stored };
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return parseInt(status.match(/VmRSS:\s+(\d+)/)[1], 10) / 1024;
}

/** Starts Debian's nginx with `http` as its http block, in its own directory under `work`. */
async function nginx(name, http, probe) {
  const dir = path.join(work, name);
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  const conf = `worker_processes 2; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http { access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  ${http.replaceAll("DIR", dir)} }`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn("nginx", ["-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  children.add(child);
  child.once("exit", () => children.delete(child));
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    try {
      if ((await fetch(probe)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx ${name} did not start`);
}

async function nginxPeer(body, port, name = "peer") {
  fs.mkdirSync(path.join(work, `${name}/www`), { recursive: true });
  fs.writeFileSync(path.join(work, `${name}/www/snapshot.json`), body);
  const child = await nginx(name, `default_type application/json; sendfile on;
  server { listen 127.0.0.1:${port}; root DIR/www; }`, `http://127.0.0.1:${port}/snapshot.json`);
  const result = await wrk(`http://127.0.0.1:${port}/snapshot.json`);
  child.kill("SIGQUIT");
  return result;
}

/** The load test's phones (src/referrals/load.rs, `make load-test`) against `url`, whose
 * servers use `databaseUrl`: its JSON report. */
async function phones(url, databaseUrl, name, seconds, thinkMs) {
  const report = path.join(work, `load-${name}.json`);
  // A failed check still writes its figures (and fails the run's row in the report).
  try {
    await execute("make", ["--no-print-directory", "load-test"], {
      stderr: "inherit",
      env: {
        ...process.env, SIGNPOST_LOAD_URL: url, SIGNPOST_LOAD_DATABASE: databaseUrl, SIGNPOST_LOAD_PHONES: String(LOAD_PHONES),
        SIGNPOST_LOAD_SECONDS: String(seconds), SIGNPOST_LOAD_THINK_MS: String(thinkMs), SIGNPOST_LOAD_REPORT: report,
      },
      timeout: 20 * 60_000,
    });
  } catch (e) {
    if (!fs.existsSync(report)) throw e;
    log(`load test ${name} failed its checks: figures kept`);
  }
  return JSON.parse(fs.readFileSync(report, "utf8"));
}

const LOAD_PHONES = 200;
const LOAD_SECONDS = 60;
const FLAT_OUT_SECONDS = 30;

/** The phones against one server on SQLite, and against two behind nginx on PostgreSQL: at a
 * phone's pace with the servers' default settings, then flat out (no pauses, no push limit),
 * each run on a fresh database. */
async function loadTest([sqlitePort, appA, appB, lbPort]) {
  const runs = [
    { name: "paced", seconds: LOAD_SECONDS, think: 1000, env: {} },
    { name: "flat", seconds: FLAT_OUT_SECONDS, think: 0, env: { SIGNPOST_PUSH_RATE: "100000" } },
  ];
  const results = { sqlite: {}, postgres: {} };
  for (const run of runs) {
    log(`load (${run.name}): one server on SQLite`);
    const db = path.join(work, `load-${run.name}.db`);
    const one = await startServer(sqlitePort, db, run.env);
    results.sqlite[run.name] = { ...(await phones(`http://127.0.0.1:${sqlitePort}`, `sqlite://${db}`, `sqlite-${run.name}`, run.seconds, run.think)), rss: [rssMb(one.pid)] };
    await stop(one);
  }
  const pgDir = fs.mkdtempSync("/tmp/signpost-benchpg.");
  fs.rmdirSync(pgDir);
  const admin = execFileSync(path.join(root, ".ci/postgres.sh"), ["start", pgDir], { encoding: "utf8" }).trim();
  try {
    for (const run of runs) {
      log(`load (${run.name}): two servers behind nginx on PostgreSQL`);
      execFileSync("psql", [admin, "-q", "-c", `CREATE DATABASE signpost_${run.name}`]);
      const databaseUrl = admin.replace("/postgres?", `/signpost_${run.name}?`);
      const apps = await Promise.all([appA, appB].map((port) => startServer(port, null, { DATABASE_URL: databaseUrl, SIGNPOST_TRUSTED_PROXIES: "127.0.0.1", ...run.env })));
      const lb = await nginx(`lb-${run.name}`, `upstream signpost { server 127.0.0.1:${appA}; server 127.0.0.1:${appB}; keepalive 64; }
  server { listen 127.0.0.1:${lbPort};
    location / { proxy_pass http://signpost; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host $http_host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502; } }`, `http://127.0.0.1:${lbPort}/healthz`);
      results.postgres[run.name] = { ...(await phones(`http://127.0.0.1:${lbPort}`, databaseUrl, `postgres-${run.name}`, run.seconds, run.think)), rss: apps.map((a) => rssMb(a.pid)) };
      const quit = new Promise((r) => lb.once("exit", r));
      lb.kill("SIGQUIT");
      await Promise.all([quit, ...apps.map(stop)]);
    }
  } finally {
    execFileSync(path.join(root, ".ci/postgres.sh"), ["stop", pgDir]);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const started = new Date();
  const browser = await launch();
  const DEMO_PORT = 3310, BIG_PORT = 3311, NGINX_PORT = 3312, HUGE_PORT = 3318;
  const demoDb = path.join(work, "demo.db");
  const bigDb = path.join(work, "big.db");

  log("demo server");
  const demo = await startServer(DEMO_PORT, demoDb);
  const demoBase = `http://127.0.0.1:${DEMO_PORT}`;
  const size = await sizes(demoBase);
  const moved = await transfer(browser, demoBase);
  log("lighthouse");
  const serviceId = (await (await fetch(`${demoBase}/api/sync/v1/changes?since=0`)).json()).services.find((s) => s.name === "Wesley Hall Food Bank").id;
  const pages = [
    ["home", `${demoBase}/`],
    ["search", `${demoBase}/?q=food&need=food`],
    ["service", `${demoBase}/services/${serviceId}`],
  ];
  const lh = [];
  for (const [name, url] of pages) lh.push({ name, ...(await lighthouseMedian(url)) });
  log("hydration and compiling");
  const compiling = await hydrationAndCompiling(pages);
  const functions = functionCount(path.join(pkgDir, firstLoadFiles().wasm));
  log("offline start (demo)");
  const offlineDemo = await offlineStart(browser, demoBase);
  await stop(demo);

  log("5,000-service server");
  cli(bigDb, ["synthetic", "--services", "5000", "--seed", "1"]);
  // Pushes unlimited on this server (SIGNPOST_PUSH_RATE): the referral push runs measure the
  // server, not the per-user limiter.
  const big = await startServer(BIG_PORT, bigDb, { SIGNPOST_PUSH_RATE: "100000" });
  const bigBase = `http://127.0.0.1:${BIG_PORT}`;
  const apply = await applySnapshot(browser, bigBase);
  log("offline start (5,000)");
  const offlineBig = await offlineStart(browser, bigBase, 3);
  const sync = await syncSizes(bigBase, bigDb);
  log("wrk");
  const cursorNow = (await (await fetch(`${bigBase}/api/sync/v1/changes?since=0&limit=1`)).json()).vocabulary_version;
  const server = {
    full: await wrk(`${bigBase}/api/sync/v1/changes?since=0&limit=500&vocabulary=${cursorNow}`),
    search: await wrk(`${bigBase}/?q=food`),
    searchBrotli: await wrk(`${bigBase}/?q=food`, "Accept-Encoding: gzip, deflate, br"),
    // The same search with a new address each time: no page kept for the minute serves it
    // (src/server/page_cache.rs), so every request is rendered (past the 2,048 pages a minute
    // keeps, nothing more is kept): what a page costs to make.
    searchRendered: await wrkScript(`${bigBase}/?q=food`, `local threads = 0
function setup(thread) threads = threads + 1; thread:set("t", threads) end
function init(args) t = wrk.thread:get("t"); counter = 0 end
function request() counter = counter + 1; return wrk.format(nil, "/?q=food&n=" .. t .. "-" .. counter) end`),
    oruk: await wrk(`${bigBase}/api/oruk/services?per_page=50`),
  };
  const rss = rssMb(big.pid);
  log("referral push");
  const acceptingId = await firstAccepting(bigBase);
  const referrals = await referralLoad(bigBase, bigDb, acceptingId);
  const snapshotBody = Buffer.from(await (await fetch(`${bigBase}/api/sync/v1/changes?since=0&limit=500&vocabulary=${cursorNow}`, { headers: { "Accept-Encoding": "identity" } })).arrayBuffer());
  const orukBody = Buffer.from(await (await fetch(`${bigBase}/api/oruk/services?per_page=50`)).arrayBuffer());
  await stop(big);

  // #15 item 7: the same for a county-sized directory.
  log("20,000-service server");
  const hugeDb = path.join(work, "huge.db");
  cli(hugeDb, ["synthetic", "--services", "20000", "--seed", "1"]);
  const huge = await startServer(HUGE_PORT, hugeDb);
  const hugeBase = `http://127.0.0.1:${HUGE_PORT}`;
  const rssHugeStarted = rssMb(huge.pid);
  const applyHuge = await applySnapshot(browser, hugeBase);
  log("offline start (20,000)");
  const offlineHuge = await offlineStart(browser, hugeBase, 3);
  const rssHuge = rssMb(huge.pid);
  await stop(huge);

  log("nginx");
  const nginx = await nginxPeer(snapshotBody, NGINX_PORT);
  const nginxOruk = await nginxPeer(orukBody, 3317, "peer-oruk");
  const load = await loadTest([3313, 3314, 3315, 3316]);
  log("search");
  const search = await searchBench(browser);
  await browser.close();

  // -------------------------------------------------------------------------------------------
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) ?? [, "unknown"])[1];
  const chromiumVersion = browser.version();
  const budget = JSON.parse(fs.readFileSync(path.join(root, "bench/budget.json"), "utf8")).first_load_kib;
  const ok = (pass) => (pass ? "✅" : "❌");
  const s5 = search.find((r) => r.n === 5000);
  const paced = [load.sqlite.paced, load.postgres.paced];
  const exactlyOnce = (l) => l.referrals.stored_once === l.referrals.made && l.referrals.missing + l.referrals.wrong + l.referrals.extra === 0;
  const SETUPS = [["sqlite", "one server, SQLite"], ["postgres", "two servers behind nginx, PostgreSQL"]];
  const RUNS = [["paced", "at a phone's pace"], ["flat", "flat out"]];
  const loadRows = RUNS.flatMap(([run, runName]) => [
    ...SETUPS.map(([setup, setupName]) => {
      const l = load[setup][run];
      return [runName, setupName, l.all.requests, l.all.per_second.toFixed(0), `${ms(l.all.p50_ms)} ms`, `${ms(l.all.p95_ms)} ms`, `${ms(l.all.p99_ms)} ms`, `${ms(l.all.max_ms)} ms`, l.error_count];
    }),
    ((p, q) => ["", "ratio PostgreSQL / SQLite", "", `${(p.all.per_second / q.all.per_second).toFixed(2)}×`, `${(p.all.p50_ms / q.all.p50_ms).toFixed(2)}×`, `${(p.all.p95_ms / q.all.p95_ms).toFixed(2)}×`, `${(p.all.p99_ms / q.all.p99_ms).toFixed(2)}×`, "", ""])(load.postgres[run], load.sqlite[run]),
  ]);
  const endpointRows = RUNS.flatMap(([run, runName]) => SETUPS.flatMap(([setup, setupName]) =>
    Object.entries(load[setup][run].endpoints).map(([p, e], i) => [i === 0 ? `${runName}, ${setupName}` : "", `\`${p}\``, e.requests, e.per_second.toFixed(0), `${ms(e.p50_ms)} ms`, `${ms(e.p99_ms)} ms`, `${ms(e.max_ms)} ms`])));
  const checkRows = RUNS.flatMap(([run, runName]) => SETUPS.map(([setup, setupName]) => {
    const l = load[setup][run];
    return [`${runName}, ${setupName}`, l.referrals.made, l.referrals.stored_once, l.referrals.missing, l.referrals.wrong, l.referrals.extra,
      l.listing_changes, `${l.phones_up_to_date} of ${l.phones}`, l.rss.map((r) => `${r.toFixed(0)} MiB`).join(" + "), `${l.client_cpu_seconds.toFixed(1)} s of ${l.seconds.toFixed(0)} s`];
  }));
  const loadErrors = RUNS.flatMap(([run]) => SETUPS.filter(([setup]) => load[setup][run].error_count > 0).map(([setup, setupName]) => `${run}, ${setupName}: ${JSON.stringify(load[setup][run].errors)}`));
  const mark = [];
  mark.push(`# Benchmarks

Written by \`make bench\` (bench/run.sh → bench/bench.mjs). Do not edit by hand: run it again.

- **Date:** ${started.toISOString().slice(0, 16).replace("T", " ")} UTC
- **Commit:** ${commit}
- **Machine:** ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()};
  speed: Lighthouse's CPU benchmark index ${lh.map((l) => Math.round(l.benchmarkIndex)).join(" / ")}, nginx serving a static
  file ${nginx.rps.toFixed(0)} requests/s (both measure the machine, not Signpost: compare runs by them)
- **Browser:** Debian Chromium ${chromiumVersion} (headless), Node ${process.version}
- **Reproduce:** \`make bench\` (about 20 minutes after a release build, 6 more the first time for the
  optimised load-test build; needs nothing else).

## Against the budgets

| budget | goal | measured | |
|---|---|---|---|
| first-load app bytes (wasm + its js glue + the split loader + css + html, brotli) | ≤ 250 KiB | ${kib(size.total.brotli)} KiB | ${ok(size.total.brotli <= 250 * 1024)} |
| Lighthouse performance (mobile, median of 3 runs), home / search / service | ≥ 95 | ${lh.map((l) => l.score).join(" / ")} | ${ok(lh.every((l) => l.score >= 95))} |
| LCP (mobile) | ≤ 2 s | ${lh.map((l) => (l.lcp / 1000).toFixed(2) + " s").join(" / ")} | ${ok(lh.every((l) => l.lcp <= 2000))} |
| TBT (mobile, median of 3 runs) | ≤ 150 ms | ${lh.map((l) => ms(l.tbt) + " ms").join(" / ")} | ${ok(lh.every((l) => l.tbt <= 150))} |
| CLS | ≤ 0.05 | ${lh.map((l) => l.cls.toFixed(3)).join(" / ")} | ${ok(lh.every((l) => l.cls <= 0.05))} |
| offline start, 4× CPU throttling (demo / 5,000 / 20,000 services), median | ≤ 1.5 s | ${ms(offlineDemo.median)} ms / ${ms(offlineBig.median)} ms / ${ms(offlineHuge.median)} ms | ${ok(offlineDemo.median <= 1500 && offlineBig.median <= 1500 && offlineHuge.median <= 1500)} |
| search p95 at 5,000 services | ≤ 10 ms and faster than MiniSearch | ${ms(s5.signpost.p95)} ms (MiniSearch ${ms(s5.minisearch.p95)} ms) | ${ok(s5.signpost.p95 <= 10 && s5.signpost.p95 < s5.minisearch.p95)} |
| whole-directory snapshot at 5,000 services, compressed | ≤ 800 KiB | ${kib(sync.br)} KiB (brotli as served) | ${ok(sync.br <= 800 * 1024)} |
| one-change delta | ≤ 2 KiB | ${sync.delta.br} B (brotli as served) | ${ok(sync.delta.br <= 2048)} |
| Open Referral UK \`/api/oruk/services?per_page=50\`, 5,000 services, 50 connections | ≥ 2,000 requests/s, p99 ≤ 50 ms | ${server.oruk.rps.toFixed(0)} requests/s, p99 ${ms(server.oruk.p99)} ms | ${ok(server.oruk.rps >= 2000 && server.oruk.p99 <= 50)} |
| ${LOAD_PHONES} phones for ${LOAD_SECONDS} s, one server on SQLite / two on PostgreSQL: errors | 0 | ${paced.map((l) => l.error_count).join(" / ")} | ${ok(paced.every((l) => l.error_count === 0))} |
| the same: p99 latency | ≤ 200 ms | ${paced.map((l) => `${ms(l.all.p99_ms)} ms`).join(" / ")} | ${ok(paced.every((l) => l.all.p99_ms <= 200))} |
| the same: referrals stored exactly once | all | ${paced.map((l) => `${l.referrals.stored_once} of ${l.referrals.made}`).join(" / ")} | ${ok(paced.every(exactlyOnce))} |

The test command checks the bundle against \`bench/budget.json\` (${budget} KiB for wasm + its js glue + the split loader + css).

## 1. Bytes

Built files (\`target/site/pkg\`), the home page as served, and what loads later. Files are
counted as the server sends them (the precompressed \`.gz\` and \`.br\` beside each; the files
the build rewrites get the smallest of four brotli settings); the HTML as the server sends it to a
browser that asks for each encoding (it compresses pages itself, at a quality fast enough to do
per page: brotli's best would make the home page about 1.2 KB smaller).

${table(["part", "file", "raw", "gzip (as served)", "brotli (as served)"], size.rows)}

Transferred by the page in Chromium (CDP \`encodedDataLength\`, demo directory): first visit
**${kib(moved.cold)} KiB**; a reload with a warm cache and the service worker **${kib(moved.warm)} KiB**.
(The service worker's own background precache is not counted here.)

## 2. Lighthouse (mobile preset: simulated slow 4G, 4× CPU)

Each figure is the median of three runs per page; the last column has the three runs' TBT.

${table(["page", "performance", "FCP", "LCP", "TBT", "CLS", "TBT of each run"], lh.map((l) => [l.name, l.score, `${(l.fcp / 1000).toFixed(2)} s`, `${(l.lcp / 1000).toFixed(2)} s`, `${ms(l.tbt)} ms`, l.cls.toFixed(3), l.tbts.map((t) => `${ms(t)} ms`).join(" / ")]))}

Where the blocking comes from, in the run with the median TBT (Lighthouse's simulated times at 4× CPU:
its long tasks, by the file that ran them, and its main-thread work of 20 ms or more by kind):

${table(["page", "long tasks", "main-thread work"], lh.map((l) => [l.name, l.longTasks.join("; ") || "none", l.mainThread.join("; ")]))}

The same runs' phases of the page's start, as the page measured them (User Timing measures
\`signpost:<phase>\` from src/pwa/timing.rs; unthrottled, from navigation; a phase that awaits the
network or IndexedDB spans that wait too):

${table(["page", "phases"], lh.map((l) => [l.name, l.phases.join("; ") || "none"]))}

How much of hydrating is compiling: each page's hydration (\`signpost:hydrate\`) on a first visit,
4× CPU (CDP), median of three fresh browser contexts, as Chromium runs it (V8 compiles each wasm
function the first time it is called, on the main thread) and with the whole module compiled
before it runs (\`--js-flags=--no-wasm-lazy-compilation\`, a flag no page can set); then, in three
more fresh contexts traced (V8's \`wasm.CompileLazy\` events), how many of the main module's
${functions} functions V8 compiled from navigation until the page was hydrated, and how long those
compiles took (median):

${table(["page", "hydration as Chromium runs it", "the module compiled first", "compiling's share", "functions compiled on first call", "their compiling"], compiling.map((c) => [c.name, `${ms(c.lazy)} ms`, `${ms(c.eager)} ms`, `${Math.round((100 * (c.lazy - c.eager)) / c.lazy)} %`, c.compiled, `${ms(c.compiling)} ms`]))}

## 3. Offline start

Network off, CPU slowed 4× (CDP), reload to the first search result on screen (the app shell
from the service worker, the wasm mounting, the saved copy read from IndexedDB, the page
rendered: a list without words needs no index). Then the search index is built in the
background: its time (median), and the longest task of the median run before the first
result and while the index was built (what a tap would wait behind).

${table(["directory", "median", "worst", "runs", "phases before the first result (median run, 4× CPU)", "index built in", "longest task: before / while indexing"], [["demo (37 services)", offlineDemo], ["5,000 services", offlineBig], ["20,000 services", offlineHuge]].map(([name, o]) => [name, `${ms(o.median)} ms`, `${ms(o.max)} ms`, o.runs, o.phases.join("; ") || "none", `${ms(o.index)} ms`, `${ms(o.longest.before)} ms / ${ms(o.longest.during)} ms`]))}

## 4. Search in the browser: Signpost (wasm) and MiniSearch ${JSON.parse(fs.readFileSync(path.join(root, "bench/node_modules/minisearch/package.json"), "utf8")).version}

Same generated directory (\`signpost synthetic\`: English, Gujarati, Arabic, Urdu, Polish and
Somali text), same fields and field weights, prefix and typo matching on, same Chromium page.
${QUERIES.length} queries (words, prefixes, typos, six scripts) × 5 rounds after a warm-up.

${table(
    ["services", "engine", "p50", "p95", "index build", "parse", "memory"],
    search.flatMap((r) => [
      [r.n.toLocaleString("en-GB"), "Signpost", `${ms(r.signpost.p50)} ms`, `${ms(r.signpost.p95)} ms`, `${ms(r.signpost.build_ms)} ms`, `${ms(r.signpost.parse_ms)} ms`, `${kib(r.signpost.memory_bytes)} KiB (wasm memory growth)`],
      ["", "MiniSearch", `${ms(r.minisearch.p50)} ms`, `${ms(r.minisearch.p95)} ms`, `${ms(r.minisearch.build_ms)} ms`, `${ms(r.minisearch.parse_ms)} ms`, r.minisearch.memory_bytes == null ? "–" : `${kib(r.minisearch.memory_bytes)} KiB (JS heap growth)`],
      ["", "ratio (p95)", "", `${(r.signpost.p95 / r.minisearch.p95).toFixed(2)}×`, "", "", ""],
    ]),
  )}

## 5. Sync

5,000 generated services (1,000 organisations), every page from cursor 0 at 1,000 entities a
page (${sync.pages} pages), as the server sends them:

${table(["what", "raw", "gzip (as served)", "brotli (as served)", "brotli q11 (best case)"], [
    ["whole directory", `${kib(sync.raw)} KiB`, `${kib(sync.gzip)} KiB`, `${kib(sync.br)} KiB`, `${kib(sync.best)} KiB`],
    ["one-change delta", `${sync.delta.raw} B`, `${sync.delta.gzip} B`, `${sync.delta.br} B`, ""],
  ])}

A fresh browser saving those 5,000 services (first sync request to "Saved on this phone",
${apply.requests} requests, unthrottled): **${ms(apply.ms)} ms**. The same with 20,000 generated services
(${applyHuge.requests} requests): **${ms(applyHuge.ms)} ms**.

## 6. Server

\`wrk -t2 -c50 -d10s\` on 127.0.0.1, 5,000 services, no compression asked for (but where a row says so).

${table(["endpoint", "requests/s", "p50", "p99"], [
    ["sync, first page (500 services, " + kib(snapshotBody.length) + " KiB)", server.full.rps.toFixed(0), `${ms(server.full.p50)} ms`, `${ms(server.full.p99)} ms`],
    ["nginx serving the same bytes (peer)", nginx.rps.toFixed(0), `${ms(nginx.p50)} ms`, `${ms(nginx.p99)} ms`],
    ["ratio Signpost / nginx", (server.full.rps / nginx.rps).toFixed(2), "", ""],
    ["search page /?q=food (kept for the minute)", server.search.rps.toFixed(0), `${ms(server.search.p50)} ms`, `${ms(server.search.p99)} ms`],
    ["the same, brotli asked for (as browsers do)", server.searchBrotli.rps.toFixed(0), `${ms(server.searchBrotli.p50)} ms`, `${ms(server.searchBrotli.p99)} ms`],
    ["the same search, rendered for each request", server.searchRendered.rps.toFixed(0), `${ms(server.searchRendered.p50)} ms`, `${ms(server.searchRendered.p99)} ms`],
    ["Open Referral UK /api/oruk/services?per_page=50 (" + kib(orukBody.length) + " KiB)", server.oruk.rps.toFixed(0), `${ms(server.oruk.p50)} ms`, `${ms(server.oruk.p99)} ms`],
    ["nginx serving the same bytes (peer)", nginxOruk.rps.toFixed(0), `${ms(nginxOruk.p50)} ms`, `${ms(nginxOruk.p99)} ms`],
    ["ratio Signpost / nginx", (server.oruk.rps / nginxOruk.rps).toFixed(2), "", ""],
  ])}

Server memory (RSS) with 5,000 services after the load: **${rss.toFixed(0)} MiB**. With 20,000 services:
**${rssHugeStarted.toFixed(0)} MiB** once started, **${rssHuge.toFixed(0)} MiB** after a phone's first sync and three offline starts.

Referral push (\`POST /api/referrals/v1/push\`, one referral per request, signed in, same
wrk settings). "New" stores a new referral per request, each committed durably (SQLite WAL,
\`synchronous = FULL\`) before the answer; "repeat" sends one stored referral again and again
(the idempotent path, R3). Each push as a phone sends it (its author, the consent statement's
version); the per-user push limit is lifted on this server (\`SIGNPOST_PUSH_RATE=100000\`, the most
it accepts), and each of wrk's two threads pushes as a worker of its own (four workers: two for
"new", two for "repeat"), so that the limit of one worker does not cap what is measured.

${table(["push", "requests/s", "p50", "p99", "non-2xx"], [
    ["new referral each time (durable commit)", referrals.fresh.rps.toFixed(0), `${ms(referrals.fresh.p50)} ms`, `${ms(referrals.fresh.p99)} ms`, String(referrals.fresh.non2xx)],
    ["the same referral again", referrals.repeat.rps.toFixed(0), `${ms(referrals.repeat.p50)} ms`, `${ms(referrals.repeat.p99)} ms`, String(referrals.repeat.non2xx)],
  ])}

Referral ingest rate with durable commits: **${referrals.fresh.rps.toFixed(0)} referrals/s**
(${referrals.stored} referrals in the database after both runs: the first push, a check before the
runs, and ${referrals.fresh.requests} new-referral requests answered; requests still in flight when wrk stops can add a few).

## 7. Load: ${LOAD_PHONES} phones

\`make load-test\` (src/referrals/load.rs) simulates ${LOAD_PHONES} phones, each a worker signed in through
the sign-in form, each with its own connection. A phone repeats: sync the directory from its
cursor (the sync engine's requests and its rules for a page), make a referral half the time
(one in three of the largest size, in a non-Latin script), and run the phone's own sending
code (\`sending::round\`: push what waits, then read receipts). One round in 50 loses its answer
after the server committed (the phone sends again, behind nginx most likely to the other
server); one in 50 goes out twice at the same moment. A listing changes every second meanwhile.
Afterwards every phone syncs and sends until nothing waits, and the database is checked: every
referral a phone queued stored once, with its content and its author, nothing else; every phone
holding the latest text of every changed listing.

- **At a phone's pace** (${LOAD_SECONDS} s): a pause of 0.5–1.5 s between rounds, about sixty times the pace of
  a real phone (its sender runs once a minute); the servers' default settings (pushes limited to
  60 a minute per worker).
- **Flat out** (${FLAT_OUT_SECONDS} s): no pauses, each phone one request after another; the push limit raised
  (\`SIGNPOST_PUSH_RATE=100000\`) so that the servers, not the limiter, are measured.

Each run on a fresh database. The phones run on one thread of the same 2-core machine as the
servers, PostgreSQL and nginx (their CPU time is in the last table), so the flat-out figures are
the whole machine's, not the servers' alone.

${table(["run", "setup", "requests", "requests/s", "p50", "p95", "p99", "max", "errors"], loadRows)}

${table(["run", "endpoint", "requests", "per second", "p50", "p99", "max"], endpointRows)}

${table(["run", "referrals made", "stored once", "missing", "stored wrongly", "extra rows", "listing changes", "phones up to date", "server memory (RSS)", "phones' CPU"], checkRows)}
${loadErrors.length ? `\nErrors: ${loadErrors.join("; ")}.\n` : ""}`);
  fs.writeFileSync(path.join(root, "docs/BENCHMARKS.md"), mark.join("\n"));
  log("wrote docs/BENCHMARKS.md");
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
