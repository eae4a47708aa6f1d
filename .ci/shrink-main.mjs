// Optimises the main wasm module once more, after the split build (#15, item 1: the first load).
// `make build-release` (.ci/build-release.sh) runs it after merge-chunks.mjs, before
// reproducible-split.mjs.
//
// The main module is what every first visit downloads. cargo-leptos runs `wasm-opt -Oz` over it
// once; a second run finds about 1.1 KiB (brotli) more, and the module's `target_features` and
// `producers` sections (read by tools, never by a browser) are another 0.2 KiB. The module keeps
// its name here; reproducible-split.mjs then names it by its final bytes. Its exports and imports (what wasm-bindgen's
// glue and the split chunks use) stay as they were. A module without a `target_features`
// section has been through here already: a second run leaves it alone.
//
// Usage: node .ci/shrink-main.mjs <site pkg dir> <hash.txt>

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEATURES } from './merge-chunks.mjs';
import { precompress } from './reproducible-split.mjs';

/** The names of the custom sections of a wasm module. */
export function customSections(bytes) {
  const names = [];
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) {
      const length = leb();
      names.push(bytes.subarray(at, at + length).toString());
    }
    at = end;
  }
  return names;
}

/** Optimises the main module named in `hashFile`; returns its file name, or null when it has
 * been optimised already. */
export function shrinkMain(pkg, hashFile) {
  const hash = readFileSync(hashFile, 'utf8').match(/^wasm: (\S+)$/m)?.[1];
  const name = hash && readdirSync(pkg).find((f) => f.endsWith(`.${hash}.wasm`));
  if (!name) throw new Error(`shrink-main: ${hashFile} names no main module in ${pkg}`);
  const path = join(pkg, name);
  if (!customSections(readFileSync(path)).includes('target_features')) return null;
  const work = mkdtempSync(join(tmpdir(), 'shrink-main-'));
  try {
    const out = join(work, 'main.wasm');
    execFileSync('wasm-opt', ['-Oz', '--strip-target-features', '--strip-producers', path, '-o', out, ...FEATURES], { stdio: 'inherit' });
    const bytes = readFileSync(out);
    writeFileSync(path, bytes);
    precompress(path, bytes);
    return name;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pkg, hashFile] = process.argv.slice(2);
  if (!pkg || !hashFile || !existsSync(pkg) || !existsSync(hashFile)) {
    console.error('usage: node .ci/shrink-main.mjs <site pkg dir> <hash.txt>');
    process.exit(2);
  }
  const name = shrinkMain(pkg, hashFile);
  console.log(name ? `shrink-main: ${name}` : 'shrink-main: optimised already');
}
