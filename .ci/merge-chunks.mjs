// Merges the split build's shared chunks into one wasm file (#15, items 2 and 7).
// `make build-release` (.ci/build-release.sh) runs it after `cargo leptos build --split`, before
// reproducible-split.mjs.
//
// wasm-split cuts the code that lazy points share into a chunk per set of points that reach it:
// about 180 chunks, of which a lazy route needs about 50 and the offline machinery about 40.
// The browser fetches and instantiates each one on the main thread, and that costs per file,
// not per byte: in a CPU profile of a first visit to a service page (4× CPU), most of its longest
// task was starting chunk fetches and instantiations. docs/BENCHMARKS.md has the long tasks and
// Total Blocking Time since.
// Every chunk imports the same three things from the main module (its memory, its function
// table and the stack pointer) and places its functions in the table at fixed places, so the
// chunks can be one module: loading any lazy point then loads all the shared code at once (the
// service worker precaches all of it anyway), and each lazy point is two files, not fifty.
//
// Binaryen's wasm-merge joins the modules but keeps each one's imports; the merged module's
// text then has its repeated imports made one, and binaryen assembles it again (which checks
// it), and wasm-opt optimises it as one module (wasm-split's chunks were each optimised alone;
// together they share and drop more: 117.7 to 112.3 KB brotli). The split loader's chunk
// loaders become one, and the manifest names the merged file in place of the chunks, so the
// server preloads and precaches it. File names are given here as
// `chunk_all.<md5>`; reproducible-split.mjs then names the loader and manifest by their bytes.
//
// Usage: node .ci/merge-chunks.mjs <site pkg dir> <hash.txt>

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, precompress, splitHashes } from './reproducible-split.mjs';

const CHUNK = /^chunk_(\d+)\.([\w-]+)\.wasm$/;
/** What Rust's wasm32 target emits, and so what the chunks may use; nothing newer, so that no
 * newer encoding (which browsers may not read) is written. */
export const FEATURES = [
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-call-indirect-overlong',
  '--enable-multivalue',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-reference-types',
  '--enable-sign-ext',
];

/** The module's text with each import that repeats an earlier one (same module, name and kind)
 * removed, and every use of its name made a use of the first one's. */
export function oneImportEach(text) {
  const first = new Map();
  const rename = new Map();
  const kept = [];
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*\(import "([^"]+)" "([^"]+)" \((memory|table|global|func|tag) (\$\S+)/);
    if (m) {
      const key = `${m[1]}\u0000${m[2]}\u0000${m[3]}`;
      if (first.has(key)) {
        rename.set(m[4], first.get(key));
        continue;
      }
      first.set(key, m[4]);
    }
    kept.push(line);
  }
  if (rename.size === 0) return text;
  // A name ends where the text format's tokens end: at a space, a bracket or the line's end.
  const names = [...rename.keys()].map((n) => n.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  const use = new RegExp(`(?<=[\\s(])(${names.join('|')})(?=[\\s()]|$)`, 'gm');
  return kept.join('\n').replace(use, (n) => rename.get(n));
}

/** The split loader with every chunk's loader replaced by one loader of the merged file. Each
 * lazy point's list of chunks becomes that one loader, and what named the chunks goes (a
 * `const __chunk_<n>` for each chunk, the comment above it listing the points that share it,
 * and the template's own comment lines): the browser fetches the loader on every first visit
 * (the main module's glue imports it), and these were most of its bytes. */
export function loaderOfMerged(text, merged) {
  const block = /const (__chunk_\d+) = makeLoad\(\(\) => \{\n\s*const src = fetch\(new URL\("\.\/chunk_\d+\.[\w-]+\.wasm", import\.meta\.url\)\);\n\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[\]\);/g;
  const chunks = new Set();
  let out = text.replace(block, (_, name) => {
    const first = chunks.size === 0;
    chunks.add(name);
    if (!first) return '';
    return (
      `const __chunks = makeLoad(() => {\n` +
      `    const src = fetch(new URL("./${merged}.wasm", import.meta.url));\n` +
      `    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, []);`
    );
  });
  if (/chunk_\d+\./.test(out)) throw new Error('merge-chunks: the split loader loads a chunk in a way this script does not know');
  out = out.replace(/, \[(__chunk_\d+(?:, __chunk_\d+)*)\]\)/g, (whole, names) => {
    if (!names.split(', ').every((n) => chunks.has(n))) throw new Error(`merge-chunks: a lazy point needs a chunk the split loader does not load: ${whole}`);
    return ', [__chunks])';
  });
  if (/__chunk_\d/.test(out)) throw new Error('merge-chunks: the split loader names a chunk in a way this script does not know');
  // Comment lines (one block comment alone on its line, or a line comment), and the empty lines
  // the chunks' loaders left. A line with code between two comments keeps its code.
  return out.replace(/^[ \t]*(?:\/\*(?:(?!\*\/).)*\*\/|\/\/.*)?[ \t]*\n/gm, '');
}

/** The manifest with each route's chunks replaced by the merged file (once, where its first
 * chunk was). */
export function manifestOfMerged(text, merged) {
  const manifest = JSON.parse(text);
  for (const [route, files] of Object.entries(manifest)) {
    const out = [];
    for (const f of files) {
      const name = /^chunk_\d+\./.test(f) ? merged : f;
      if (!out.includes(name)) out.push(name);
    }
    manifest[route] = out;
  }
  return JSON.stringify(manifest);
}

/** Merges the chunks in `pkg` into one file, rewriting the loader and manifest named in
 * `hashFile`; returns the merged file's name, or null when there is nothing to merge. */
export function mergeChunks(pkg, hashFile) {
  const { split, manifest } = splitHashes(readFileSync(hashFile, 'utf8'));
  if (!split || !manifest) return null; // not a split build
  const chunks = readdirSync(pkg)
    .filter((n) => CHUNK.test(n))
    .sort((a, b) => Number(a.match(CHUNK)[1]) - Number(b.match(CHUNK)[1]));
  if (chunks.length < 2) return null; // merged already

  const work = mkdtempSync(join(tmpdir(), 'merge-chunks-'));
  try {
    const joined = join(work, 'joined.wasm');
    const args = chunks.flatMap((c, i) => [join(pkg, c), `c${i}`]);
    // Joined, the chunks' imports of one memory are several memories until made one below.
    execFileSync('wasm-merge', [...args, '-o', joined, ...FEATURES, '--enable-multimemory', '--quiet'], { stdio: 'inherit' });
    const text = execFileSync('wasm-dis', [joined], { maxBuffer: 1 << 30 }).toString();
    const watPath = join(work, 'merged.wat');
    writeFileSync(watPath, oneImportEach(text));
    const assembled = join(work, 'assembled.wasm');
    execFileSync('wasm-as', [watPath, '-o', assembled, ...FEATURES], { stdio: 'inherit' });
    const out = join(work, 'merged.wasm');
    execFileSync('wasm-opt', ['-Oz', assembled, '-o', out, ...FEATURES], { stdio: 'inherit' });
    const bytes = readFileSync(out);
    const merged = `chunk_all.${contentHash(bytes)}`;
    const mergedPath = join(pkg, `${merged}.wasm`);
    // An earlier build's merged file, left beside what cargo-leptos wrote this time.
    for (const f of readdirSync(pkg)) if (f.startsWith('chunk_all.')) rmSync(join(pkg, f), { force: true });
    writeFileSync(mergedPath, bytes);
    precompress(mergedPath, bytes);

    const loaderPath = join(pkg, `__wasm_split.${split}.js`);
    writeFileSync(loaderPath, loaderOfMerged(readFileSync(loaderPath, 'utf8'), merged));
    const manifestPath = join(pkg, `__wasm_split_manifest.${manifest}.json`);
    writeFileSync(manifestPath, manifestOfMerged(readFileSync(manifestPath, 'utf8'), merged));
    for (const c of chunks) for (const p of ['', '.br', '.gz']) rmSync(join(pkg, c + p), { force: true });
    return merged;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pkg, hashFile] = process.argv.slice(2);
  if (!pkg || !hashFile || !existsSync(pkg) || !existsSync(hashFile)) {
    console.error('usage: node .ci/merge-chunks.mjs <site pkg dir> <hash.txt>');
    process.exit(2);
  }
  const merged = mergeChunks(pkg, hashFile);
  if (merged) console.log(`merge-chunks: ${merged}`);
}
