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
// This sorts those two lists, names both files by the md5 of what they now hold (base64url,
// 22 characters, as cargo-leptos names files), writes the loader's new name wherever the old
// one was (the same length, so binary files keep their layout), precompresses what changed
// (brotli and gzip, as `--precompress`), and updates the hash list beside the server binary.
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

/** Writes `path`.br and `path`.gz beside it, as cargo-leptos's `--precompress` does. */
export function precompress(path, bytes) {
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
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

export function makeReproducible(pkg, hashFile) {
  const hashes = readFileSync(hashFile, 'utf8');
  const { split, manifest } = splitHashes(hashes);
  if (!split || !manifest) return { changed: false }; // not a split build
  let list = hashes;

  const loaderPath = join(pkg, `__wasm_split.${split}.js`);
  const loader = canonicalLoader(readFileSync(loaderPath, 'utf8'));
  const newSplit = contentHash(loader);
  const newLoaderPath = join(pkg, `__wasm_split.${newSplit}.js`);
  remove(loaderPath);
  writeFileSync(newLoaderPath, loader);
  precompress(newLoaderPath, Buffer.from(loader));
  if (newSplit !== split) {
    const from = Buffer.from(`__wasm_split.${split}.js`);
    const to = Buffer.from(`__wasm_split.${newSplit}.js`);
    for (const name of readdirSync(pkg)) {
      if (name.endsWith('.br') || name.endsWith('.gz')) continue;
      const path = join(pkg, name);
      const rewritten = replaceAll(readFileSync(path), from, to);
      if (rewritten) {
        writeFileSync(path, rewritten);
        precompress(path, rewritten);
      }
    }
    list = list.replace(`split: ${split}`, `split: ${newSplit}`);
  }

  const manifestPath = join(pkg, `__wasm_split_manifest.${manifest}.json`);
  const canonical = canonicalManifest(readFileSync(manifestPath, 'utf8'));
  const newManifest = contentHash(canonical);
  remove(manifestPath);
  const newManifestPath = join(pkg, `__wasm_split_manifest.${newManifest}.json`);
  writeFileSync(newManifestPath, canonical);
  precompress(newManifestPath, Buffer.from(canonical));
  list = list.replace(`manifest: ${manifest}`, `manifest: ${newManifest}`);

  writeFileSync(hashFile, list);
  return { split: newSplit, manifest: newManifest };
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
