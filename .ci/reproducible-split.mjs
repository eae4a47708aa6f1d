// Makes the split build's output the same bytes on every build of the same sources (#15,
// item 6). `make build-release` runs it after `cargo leptos build --split`.
//
// cargo-leptos 0.3.11 (its wasm_split_cli_support 0.2.3) writes two files in an order that
// comes from a HashMap, so it changes from one build to the next:
//   - the split loader `__wasm_split.<hash>.js` lists the main module's shared exports
//     (`memory`, `__indirect_function_table`, `__wasm_split_shared0`) in any order;
//   - the manifest `__wasm_split_manifest.<hash>.json` lists its routes in any order.
// Both are hashed after that, so every build gave them new names, and the loader's name is
// written into the main `.js` and `.wasm` after *their* names were fixed: two builds of one
// commit served different bytes under the same names. One clone's server could then precache
// files another clone's build had replaced (the service worker's install fails).
//
// The main `.js` and `.wasm` had the same trouble with every change to lazy code alone: new
// bytes (the loader's new name in them) under names fixed before, which the server tells browsers
// to keep for a year (`immutable`).
//
// This sorts those two lists and names files by the md5 of what they hold (base64url, 22
// characters, as cargo-leptos names files): the manifest by its bytes; the main module, which
// now imports the loader's exports under a fixed key (`LOADER_IMPORTS`, as long as a loader's
// name, so the binary keeps its layout), by its bytes; the main `.js` and the loader, which name
// each other, both by what they hold besides those two names. It precompresses what changed
// (gzip as `--precompress`; brotli the smallest of a few encoder settings, `brotli`) and
// updates the hash list beside the server binary.
//
// Usage: node .ci/reproducible-split.mjs <site pkg dir> <hash.txt>

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, renameSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** The name cargo-leptos would give these bytes: md5, base64url without padding. */
export function contentHash(bytes) {
  return createHash('md5').update(bytes).digest('base64url');
}

/** The loader with its lists of shared exports in sorted order. */
export function canonicalLoader(text) {
  return text.replace(/\{ ((?:[A-Za-z_$][\w$]*, )+) ?\}/g, (whole, names) => {
    const sorted = names.split(', ').filter(Boolean).sort();
    return `{ ${sorted.map((n) => `${n}, `).join('')} }`;
  });
}

/** The manifest with its routes in sorted order (each route's file list keeps its order). */
export function canonicalManifest(text) {
  const manifest = JSON.parse(text);
  const sorted = Object.fromEntries(Object.keys(manifest).sort().map((k) => [k, manifest[k]]));
  return JSON.stringify(sorted);
}

/**
 * Brotli encoder settings tried on each file, the smallest result kept (every one is a standard
 * stream, quality 11, window 22). At quality 11 the encoder's block splitting swings a large
 * module's size by a few hundred bytes with any small change in it: after a change to lazy code
 * alone, 15 bytes fewer in the main module's element section (its code the same) cost 338 bytes
 * of brotli. Trying four settings and keeping the smallest took 0.1 to 0.5 KiB off the main
 * module, and damps that swing.
 */
const BROTLI_SETTINGS = [
  {},
  { [constants.BROTLI_PARAM_LGBLOCK]: 17 },
  { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT },
  { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT, [constants.BROTLI_PARAM_LGBLOCK]: 16 },
];

/** `bytes` compressed with brotli: the smallest of `BROTLI_SETTINGS`' results. */
export function brotli(bytes) {
  let best = null;
  for (const settings of BROTLI_SETTINGS) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, ...settings };
    const out = brotliCompressSync(bytes, { params });
    if (best === null || out.length < best.length) best = out;
  }
  return best;
}

/** Writes `path`.br and `path`.gz beside it, as cargo-leptos's `--precompress` does. */
export function precompress(path, bytes) {
  writeFileSync(`${path}.br`, brotli(bytes));
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}

function remove(path) {
  for (const p of [path, `${path}.br`, `${path}.gz`]) rmSync(p, { force: true });
}

/** Rewrites `buffer`, replacing each `from` with `to` (equal lengths); null when none found. */
function replaceAll(buffer, from, to) {
  let at = buffer.indexOf(from);
  if (at < 0) return null;
  const out = Buffer.from(buffer);
  while (at >= 0) {
    to.copy(out, at);
    at = out.indexOf(from, at + to.length);
  }
  return out;
}

/** The hashes of the split loader and manifest in a hash list's text (undefined in a build
 * without `--split`). */
export function splitHashes(hashes) {
  const hashOf = (key) => hashes.match(new RegExp(`^${key}: (\\S+)$`, 'm'))?.[1];
  return { split: hashOf('split'), manifest: hashOf('manifest') };
}

/** Where the main module's imports from the loader are found: the key of the imports object the
 * main `.js` gives the main module, and the module name in the module's import section. Not a
 * file (nothing fetches it), and as long as a loader's name, so that the binary keeps its layout. */
export const LOADER_IMPORTS = '__wasm_split.the-main-module-import.js';
const loaderFile = (hash) => `__wasm_split.${hash}.js`;

/** The main `.js` with the keys of its imports object that name the loader `loader` (a file
 * name) made `LOADER_IMPORTS`; its `import … from` statements keep the loader's name. */
export function constantImportKeys(js, loader) {
  const escaped = loader.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return js.replace(new RegExp(`(["'])\\./${escaped}\\1(\\s*):`, 'g'), (_, q, space) => `${q}./${LOADER_IMPORTS}${q}${space}:`);
}

export function makeReproducible(pkg, hashFile) {
  const hashes = readFileSync(hashFile, 'utf8');
  const { split, manifest } = splitHashes(hashes);
  if (!split || !manifest) return { changed: false }; // not a split build
  let list = hashes;
  const hashOf = (key) => hashes.match(new RegExp(`^${key}: (\\S+)$`, 'm'))[1];
  const [js, wasm] = [hashOf('js'), hashOf('wasm')];
  const jsName = readdirSync(pkg).find((n) => n.endsWith(`.${js}.js`) && !n.startsWith('__wasm_split'));
  const prefix = jsName.slice(0, -`${js}.js`.length);
  const wasmName = `${prefix}${wasm}.wasm`;
  if (split.length !== LOADER_IMPORTS.length - '__wasm_split..js'.length) throw new Error(`a loader name of unexpected length: ${split}`);

  // The main .js and the loader name each other, so neither can be named by its own bytes alone
  // (cargo-leptos names the .js before the loader's name is written into it: the same name for
  // other bytes). Both are named by what they hold besides those names: the same sources give
  // the same names, and other bytes under the same name are never served (a year's `immutable`).
  const NAME = '_'.repeat(split.length);
  const loader = canonicalLoader(readFileSync(join(pkg, loaderFile(split)), 'utf8')).replaceAll(`./${jsName}`, `./${prefix}${NAME}.js`);
  const mainJs = readFileSync(join(pkg, jsName), 'utf8').replaceAll(loaderFile(split), loaderFile(NAME)).replaceAll(LOADER_IMPORTS, loaderFile(NAME));
  const hash = contentHash(Buffer.concat([Buffer.from(mainJs), Buffer.from([0]), Buffer.from(loader)]));
  const newJsName = `${prefix}${hash}.js`;
  const newJs = constantImportKeys(mainJs.replaceAll(loaderFile(NAME), loaderFile(hash)), loaderFile(hash));
  const newLoader = loader.replaceAll(`./${prefix}${NAME}.js`, `./${newJsName}`);

  // The main module imports from the loader under LOADER_IMPORTS (the .js's key for it), so its
  // bytes and name no longer change with the lazy code.
  let wasmBytes = readFileSync(join(pkg, wasmName));
  wasmBytes = replaceAll(wasmBytes, Buffer.from(loaderFile(split)), Buffer.from(LOADER_IMPORTS)) ?? wasmBytes;
  if (wasmBytes.includes(Buffer.from(LOADER_IMPORTS)) !== newJs.includes(LOADER_IMPORTS)) {
    throw new Error(`the main module and ${jsName} disagree on where the loader's imports are: the .js's layout changed?`);
  }
  const newWasmName = `${prefix}${contentHash(wasmBytes)}.wasm`;

  for (const name of [loaderFile(split), jsName, wasmName]) remove(join(pkg, name));
  for (const [name, bytes] of [[loaderFile(hash), Buffer.from(newLoader)], [newJsName, Buffer.from(newJs)], [newWasmName, wasmBytes]]) {
    writeFileSync(join(pkg, name), bytes);
    precompress(join(pkg, name), bytes);
  }
  list = list.replace(`js: ${js}`, `js: ${hash}`).replace(`wasm: ${wasm}`, `wasm: ${newWasmName.slice(prefix.length, -'.wasm'.length)}`).replace(`split: ${split}`, `split: ${hash}`);

  const manifestPath = join(pkg, `__wasm_split_manifest.${manifest}.json`);
  const canonical = canonicalManifest(readFileSync(manifestPath, 'utf8'));
  const newManifest = contentHash(canonical);
  remove(manifestPath);
  const newManifestPath = join(pkg, `__wasm_split_manifest.${newManifest}.json`);
  writeFileSync(newManifestPath, canonical);
  precompress(newManifestPath, Buffer.from(canonical));
  list = list.replace(`manifest: ${manifest}`, `manifest: ${newManifest}`);

  writeFileSync(hashFile, list);
  return { split: hash, js: hash, wasm: newWasmName, manifest: newManifest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pkg, hashFile] = process.argv.slice(2);
  if (!pkg || !hashFile || !existsSync(pkg) || !existsSync(hashFile)) {
    console.error('usage: node .ci/reproducible-split.mjs <site pkg dir> <hash.txt>');
    process.exit(2);
  }
  const { split, manifest } = makeReproducible(pkg, hashFile);
  if (split) console.log(`reproducible-split: loader ${split}, manifest ${manifest}`);
}
