// Optimises the main wasm module once more, after the split build (#15, item 1: the first load).
// `make build-release` (.ci/build-release.sh) runs it after merge-chunks.mjs, before
// reproducible-split.mjs.
//
// The main module is what every first visit downloads. cargo-leptos runs `wasm-opt -Oz` over it
// once; a second run finds about 1.1 KiB (brotli) more, and the module's `target_features` and
// `producers` sections (read by tools, never by a browser) are another 0.2 KiB.
//
// Its data segments, cut by wasm-opt at every run of zeros, are joined where few zeros lie
// between them (`joinSegments`: 963 segments to 19, 2.0 KB brotli).
//
// Then the names the module and its wasm-bindgen glue (the main `.js`) share, and nothing else
// reads, are made short, in both files at once (`shortNames`): the module's ~300 imports from
// the glue (`__wbg_new_ba40181b3f24ac80`: each name ends in 16 hex digits, which no compressor
// can shorten, written once in the module and once in the glue) become `a`, `b`, … under the
// module name `a`; the exports only the glue calls whose names are mangled Rust symbols
// (wasm-bindgen's closure adapters, 100 to 190 characters each) become `_Ra`, `_Rb`, …. That
// was 7.6 KiB of the first load, brotli. The split chunks import nothing by those names (only
// `memory`, `__indirect_function_table` and `__wasm_split_shared0`, which keep theirs), nor does
// the split loader. Each name must be found in the glue exactly where wasm-bindgen writes it
// (an import as one key of the imports object, an export as a property read), or the build
// stops: a glue of another shape is not guessed at.
//
// The module and the glue keep their names here; reproducible-split.mjs then names them by their
// final bytes. A module without a `target_features` section has been through here already: a
// second run leaves both files alone.
//
// Usage: node .ci/shrink-main.mjs <site pkg dir> <hash.txt>

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEATURES } from './merge-chunks.mjs';
import { precompress } from './reproducible-split.mjs';

/** A wasm module's sections: `{ id, start, body, end }` (`start` where the section's id is,
 * `body` its contents, `end` just after it). (bench/bench.mjs reads modules with it too.) */
export function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, bodyAt] = readLeb(bytes, at);
    out.push({ id, start, body: bytes.subarray(bodyAt, bodyAt + size), end: bodyAt + size });
    at = bodyAt + size;
  }
  return out;
}

/** The unsigned LEB128 number at `at` in `bytes`, and where it ends. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** The signed LEB128 number at `at` in `bytes` (an `i32.const`), and where it ends. */
function readSignedLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (shift < 32 && byte & 0x40) value |= -1 << shift;
  return [value, at];
}

function signedLeb(value) {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40)) {
      out.push(byte);
      return Buffer.from(out);
    }
    out.push(byte | 0x80);
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
function name(text) {
  const bytes = Buffer.from(text);
  return Buffer.concat([leb(bytes.length), bytes]);
}

function readName(bytes, at) {
  const [length, from] = readLeb(bytes, at);
  return [bytes.subarray(from, from + length).toString(), from + length];
}

/** The names of the custom sections of a wasm module. */
export function customSections(bytes) {
  return sections(bytes).filter((s) => s.id === 0).map((s) => readName(s.body, 0)[0]);
}

/** Where an import's description ends (function, table, memory, global or tag). */
function importDescEnd(body, at) {
  const kind = body[at++];
  const limits = (from) => {
    const flags = body[from];
    let end = readLeb(body, from + 1)[1];
    if (flags & 1) end = readLeb(body, end)[1];
    return end;
  };
  switch (kind) {
    case 0: return readLeb(body, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return readLeb(body, at + 1)[1];
    default: throw new Error(`shrink-main: an import of unknown kind ${kind}`);
  }
}

/** The `n`th short name: a … z, A … Z, aa, ab, …. */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  for (let i = n; ; i = Math.floor(i / letters.length) - 1) {
    out = letters[i % letters.length] + out;
    if (i < letters.length) return out;
  }
}

/** The glue's module name for its imports, as wasm-bindgen writes it, and the short one. */
export const GLUE_MODULE = './signpost_bg.js';
const SHORT_MODULE = 'a';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `js` with `pattern` (global) replaced by `to`, which it must match `times` times (any number
 * from 1 when `times` is null); `old`, the name replaced, must then be found nowhere else (as a
 * whole name: not as the start of a longer one). */
function replaceCounted(js, pattern, to, times, what, old) {
  const found = js.match(pattern)?.length ?? 0;
  if (found === 0 || (times !== null && found !== times)) {
    throw new Error(`shrink-main: the glue has ${what} ${found} times where wasm-bindgen writes it ${times ?? 'at least'} once: its shape changed?`);
  }
  const out = js.replace(pattern, to);
  if (new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`).test(out)) {
    throw new Error(`shrink-main: the glue names ${what} elsewhere too: its shape changed?`);
  }
  return out;
}

/** Zero bytes between two data segments up to which they are joined into one (`joinSegments`). */
export const JOIN_GAP = 16;

/**
 * The module with its active data segments joined where at most `gap` zero bytes lie between
 * them. wasm-opt's memory packing cuts the data at every run of zeros (memory starts zeroed, so
 * they need not be written): the main module had 963 segments, each with a header of its own (an
 * offset and a length, which compress badly); joined, 19, and 2.0 KB less brotli (gaps of at
 * most 16, 24, 32, 64 or 256 bytes: 1,984, 1,956, 1,930, 1,892, 1,889 B less). The memory holds
 * the same bytes once the module is instantiated: a gap is written with the zeros it held. A
 * module with any other kind of segment (passive, for `memory.init`, or placed by another
 * expression) is returned as it is: joining would renumber the segments that code names.
 */
export function joinSegments(wasm, gap = JOIN_GAP) {
  const all = sections(wasm);
  const data = all.find((s) => s.id === 11);
  if (!data) return wasm;
  const body = data.body;
  let [count, at] = readLeb(body, 0);
  const segments = [];
  for (; count > 0; count--) {
    // flags 0: active, memory 0, offset `i32.const <n> end`.
    if (body[at] !== 0 || body[at + 1] !== 0x41) return wasm;
    const [offset, endAt] = readSignedLeb(body, at + 2);
    if (body[endAt] !== 0x0b) return wasm;
    const [size, bytesAt] = readLeb(body, endAt + 1);
    segments.push({ offset, bytes: body.subarray(bytesAt, bytesAt + size) });
    at = bytesAt + size;
  }
  const joined = [];
  for (const segment of [...segments].sort((a, b) => a.offset - b.offset)) {
    const last = joined.at(-1);
    const lastEnd = last && last.offset + last.length;
    if (last && segment.offset >= lastEnd && segment.offset - lastEnd <= gap) {
      last.parts.push(Buffer.alloc(segment.offset - lastEnd), segment.bytes);
      last.length = segment.offset + segment.bytes.length - last.offset;
    } else {
      joined.push({ offset: segment.offset, length: segment.bytes.length, parts: [segment.bytes] });
    }
  }
  const out = [leb(joined.length)];
  for (const segment of joined) {
    out.push(Buffer.from([0, 0x41]), signedLeb(segment.offset), Buffer.from([0x0b]), leb(segment.length), ...segment.parts);
  }
  const newBody = Buffer.concat(out);
  const parts = [wasm.subarray(0, 8)];
  for (const section of all) {
    if (section.id === 11) parts.push(Buffer.from([11]), leb(newBody.length), newBody);
    else if (section.id === 12) {
      const dataCount = leb(joined.length);
      parts.push(Buffer.from([12]), leb(dataCount.length), dataCount);
    } else parts.push(wasm.subarray(section.start, section.end));
  }
  return Buffer.concat(parts);
}

/** The main module and its wasm-bindgen glue with the names only they share made short: the
 * module's imports from the glue (module `GLUE_MODULE`) and its exports named by mangled Rust
 * symbols (`_R…`). */
export function shortNames(wasm, js) {
  const all = sections(wasm);
  const exportNames = new Set();
  const exportSection = all.find((s) => s.id === 7);
  if (exportSection) {
    let [count, at] = readLeb(exportSection.body, 0);
    for (; count > 0; count--) {
      const [text, end] = readName(exportSection.body, at);
      exportNames.add(text);
      at = readLeb(exportSection.body, end + 1)[1];
    }
  }
  const rewrite = {
    // Imports: module and field names; every import of the glue's module gets the next short name.
    2: (body) => {
      let [count, at] = readLeb(body, 0);
      const out = [leb(count)];
      let next = 0;
      for (; count > 0; count--) {
        const [module, fieldAt] = readName(body, at);
        const [field, descAt] = readName(body, fieldAt);
        at = importDescEnd(body, descAt);
        if (module === GLUE_MODULE) {
          const short = shortName(next++);
          js = replaceCounted(js, new RegExp(`(?<=[{,])${escape(field)}(?=:)`, 'g'), short, 1, `the key ${field}`, field);
          out.push(name(SHORT_MODULE), name(short));
        } else {
          out.push(name(module), name(field));
        }
        out.push(body.subarray(descAt, at));
      }
      if (next > 0) js = replaceCounted(js, new RegExp(`(["'])${escape(GLUE_MODULE)}\\1(?=:)`, 'g'), SHORT_MODULE, 1, `the key "${GLUE_MODULE}"`, `"${GLUE_MODULE}"`);
      return Buffer.concat(out);
    },
    // Exports named by mangled symbols (`_R…`): read by the glue only, as `<exports>.<name>`.
    7: (body) => {
      let [count, at] = readLeb(body, 0);
      const out = [leb(count)];
      let next = 0;
      for (; count > 0; count--) {
        const [text, end] = readName(body, at);
        const indexEnd = readLeb(body, end + 1)[1];
        let short = text;
        if (text.startsWith('_R')) {
          do short = `_R${shortName(next++)}`; while (exportNames.has(short));
          js = replaceCounted(js, new RegExp(`(?<=\\.)${escape(text)}(?![\\w$])`, 'g'), short, null, `the export ${text}`, text);
        }
        out.push(name(short), body.subarray(end, indexEnd));
        at = indexEnd;
      }
      return Buffer.concat(out);
    },
  };
  const parts = [wasm.subarray(0, 8)];
  for (const section of all) {
    const change = rewrite[section.id];
    if (!change) {
      parts.push(wasm.subarray(section.start, section.end));
      continue;
    }
    const body = change(section.body);
    parts.push(Buffer.from([section.id]), leb(body.length), body);
  }
  return { wasm: Buffer.concat(parts), js };
}

/** Optimises the main module named in `hashFile`; returns its file name, or null when it has
 * been optimised already. */
export function shrinkMain(pkg, hashFile) {
  const hash = readFileSync(hashFile, 'utf8').match(/^wasm: (\S+)$/m)?.[1];
  const wasmName = hash && readdirSync(pkg).find((f) => f.endsWith(`.${hash}.wasm`));
  if (!wasmName) throw new Error(`shrink-main: ${hashFile} names no main module in ${pkg}`);
  const path = join(pkg, wasmName);
  if (!customSections(readFileSync(path)).includes('target_features')) return null;
  const work = mkdtempSync(join(tmpdir(), 'shrink-main-'));
  try {
    const out = join(work, 'main.wasm');
    execFileSync('wasm-opt', ['-Oz', '--strip-target-features', '--strip-producers', path, '-o', out, ...FEATURES], { stdio: 'inherit' });
    const jsHash = readFileSync(hashFile, 'utf8').match(/^js: (\S+)$/m)?.[1];
    const jsName = jsHash && readdirSync(pkg).find((f) => f.endsWith(`.${jsHash}.js`) && !f.startsWith('__wasm_split'));
    if (!jsName) throw new Error(`shrink-main: ${hashFile} names no glue (.js) for the main module in ${pkg}`);
    const short = shortNames(joinSegments(readFileSync(out)), readFileSync(join(pkg, jsName), 'utf8'));
    writeFileSync(path, short.wasm);
    precompress(path, short.wasm);
    writeFileSync(join(pkg, jsName), short.js);
    precompress(join(pkg, jsName), Buffer.from(short.js));
    return wasmName;
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
