// Sizes of the built browser bundle, read from target/site: raw, and gzip and brotli as the
// server sends them (the precompressed files beside each), and of pages as a running server
// sends them (`servedSize`).
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import * as zlib from "zlib";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const pkgDir = path.join(root, "target/site/pkg");

export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The files a first page load fetches: the main wasm, its js glue, the split loader (the glue
 * imports it, so the browser fetches it before the glue runs) and the stylesheet. */
export function firstLoadFiles() {
  const files = fs.readdirSync(pkgDir).filter((f) => !/\.(br|gz|ts)$/.test(f));
  const pick = (re) => {
    const f = files.find((x) => re.test(x));
    if (!f) throw new Error(`no ${re} in ${pkgDir}: build first (make build-release)`);
    return f;
  };
  return {
    wasm: pick(/^signpost\.[\w-]+\.wasm$/),
    js: pick(/^signpost\.[\w-]+\.js$/),
    split: pick(/^__wasm_split\.[\w-]+\.js$/),
    css: pick(/^signpost\.[\w-]+\.css$/),
  };
}

/** Files loaded later (lazily, or by the service worker): split chunks and the manifest. */
export function lazyFiles() {
  return fs.readdirSync(pkgDir).filter((f) => !/\.(br|gz|ts)$/.test(f) && /^(chunk_|split_|__wasm_split_manifest)/.test(f));
}

/** A built file's size raw and as the server sends it: its precompressed `.br` and `.gz`, which
 * the server sends to a browser that accepts them (each checked to hold the file's bytes). The
 * build writes both for every file; one missing is a broken build, not something to estimate. */
export function fileSizes(name) {
  const file = path.join(pkgDir, name);
  const bytes = fs.readFileSync(file);
  for (const ext of ["br", "gz"]) {
    if (!fs.existsSync(`${file}.${ext}`)) throw new Error(`${name}.${ext} is missing: build again (make build-release)`);
  }
  const br = fs.readFileSync(`${file}.br`);
  const gz = fs.readFileSync(`${file}.gz`);
  if (!zlib.brotliDecompressSync(br).equals(bytes) || !zlib.gunzipSync(gz).equals(bytes)) {
    throw new Error(`${name}.br or ${name}.gz does not hold ${name}: build again (make build-release)`);
  }
  return { raw: bytes.length, gzip: gz.length, brotli: br.length };
}

/** Bytes on the wire for `url` with an Accept-Encoding (no decompression, unlike fetch), as a
 * browser that asks for that encoding receives them. */
export function servedSize(url, encoding, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": encoding, ...headers } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode, bytes: body.length, body, encoding: res.headers["content-encoding"] });
        });
      })
      .on("error", reject);
  });
}

/** The first load (main wasm + js + css + the home page's HTML, brotli as the server sends each)
 * in each of `locales`: the page carries its own locale's messages, so the HTML differs per
 * language. `bundle` is the wasm + js + css brotli total when the caller has it already. */
export async function firstLoadByLocale(base, locales, bundle) {
  if (bundle === undefined) {
    bundle = 0;
    for (const name of Object.values(firstLoadFiles())) bundle += fileSizes(name).brotli;
  }
  const rows = [];
  for (const locale of locales) {
    const served = await servedSize(`${base}/`, "br", { Cookie: `signpost-locale=${locale}` });
    if (served.encoding !== "br") throw new Error(`the home page in ${locale} came without brotli (${served.encoding})`);
    rows.push({ locale, html: served.bytes, total: bundle + served.bytes });
  }
  return rows;
}
