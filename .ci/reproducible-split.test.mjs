// Two split builds of the same sources, as cargo-leptos leaves them (lists in HashMap order,
// so different loader and manifest names, and the loader's name written into the main files),
// come out byte for byte the same after .ci/reproducible-split.mjs, and every file's name
// changes with its bytes. Run by `make test`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, constants } from 'node:zlib';
import { makeReproducible, contentHash, LOADER_IMPORTS, brotli } from './reproducible-split.mjs';

const MAIN_JS = 'signpost.MAINJSMAINJSMAINJSMAINJS.js';
const MAIN_WASM = 'signpost.WASMWASMWASMWASMWASMWAS.wasm';

function build(dir, shares, routes, chunk = '__chunk_2', main = 'main') {
  const pkg = join(dir, 'pkg');
  mkdirSync(pkg, { recursive: true });
  const loader = [
    `import { initSync } from "./${MAIN_JS}";`,
    `const { ${shares.map((s) => `${s}, `).join('')} } = initSync(undefined, undefined);`,
    `Object.assign(sharedImports.__wasm_split, { ${shares.map((s) => `${s}, `).join('')} });`,
    `export const __start = wrapAsyncCb(makeLoad(f, [__chunk_1, ${chunk}]));`,
  ].join('\n');
  const split = contentHash(loader);
  writeFileSync(join(pkg, `__wasm_split.${split}.js`), loader);
  const manifest = JSON.stringify(Object.fromEntries(routes.map((r) => [r, [`chunk_1.AAAAAAAAAAAAAAAAAAAAAA`, `split_${r}.BBBBBBBBBBBBBBBBBBBBBB`]])));
  const manifestHash = contentHash(manifest);
  writeFileSync(join(pkg, `__wasm_split_manifest.${manifestHash}.json`), manifest);
  // As wasm-bindgen writes it: the loader imported, then given to the main module under its name.
  writeFileSync(join(pkg, MAIN_JS), `import * as split from "./__wasm_split.${split}.js";\nconst imports = { "./__wasm_split.${split}.js": split, ${main}: 1 };\n`);
  // The main module imports from the loader by name, inside binary.
  writeFileSync(join(pkg, MAIN_WASM), Buffer.concat([Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 2, 40]), Buffer.from(`./__wasm_split.${split}.js`), Buffer.from([0, 255, 7])]));
  writeFileSync(join(pkg, 'chunk_1.AAAAAAAAAAAAAAAAAAAAAA.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  const hashFile = join(dir, 'hash.txt');
  writeFileSync(hashFile, `js: MAINJSMAINJSMAINJSMAINJS\nwasm: WASMWASMWASMWASMWASMWAS\ncss: C\nsplit: ${split}\nmanifest: ${manifestHash}\n`);
  return { pkg, hashFile, split };
}

function snapshot(dir) {
  const pkg = join(dir, 'pkg');
  const files = Object.fromEntries(readdirSync(pkg).sort().map((f) => [f, readFileSync(join(pkg, f)).toString('base64')]));
  return { files, hashes: readFileSync(join(dir, 'hash.txt'), 'utf8') };
}

test('two builds that differ only in HashMap order end up the same bytes under the same names', () => {
  const a = mkdtempSync(join(tmpdir(), 'split-a-'));
  const b = mkdtempSync(join(tmpdir(), 'split-b-'));
  try {
    const first = build(a, ['memory', '__indirect_function_table', '__wasm_split_shared0'], ['__service_route', '__login_route', '__refer_route']);
    const second = build(b, ['__wasm_split_shared0', 'memory', '__indirect_function_table'], ['__refer_route', '__service_route', '__login_route']);
    assert.notEqual(first.split, second.split, 'the fixture starts from two different loader names');
    assert.notDeepEqual(snapshot(a), snapshot(b));

    makeReproducible(first.pkg, first.hashFile);
    makeReproducible(second.pkg, second.hashFile);
    const sa = snapshot(a);
    assert.deepEqual(sa, snapshot(b));

    // The hash list names files that exist, each named by its bytes (the .js and the loader,
    // which name each other, by both), the .js imports the loader by its new name and gives it
    // to the main module under LOADER_IMPORTS, and no old name is left anywhere.
    const named = (key) => sa.hashes.match(new RegExp(`^${key}: (\\S+)$`, 'm'))[1];
    const [split, manifest, js, wasm] = ['split', 'manifest', 'js', 'wasm'].map(named);
    const pkg = first.pkg;
    const loader = readFileSync(join(pkg, `__wasm_split.${split}.js`), 'utf8');
    const mainJs = readFileSync(join(pkg, `signpost.${js}.js`), 'utf8');
    const mainWasm = readFileSync(join(pkg, `signpost.${wasm}.wasm`));
    assert.equal(js, split);
    assert.equal(contentHash(Buffer.concat([Buffer.from(mainJs.replaceAll(split, '_'.repeat(22)).replaceAll(LOADER_IMPORTS, `__wasm_split.${'_'.repeat(22)}.js`)), Buffer.from([0]), Buffer.from(loader.replaceAll(js, '_'.repeat(22)))])), split);
    assert.equal(contentHash(mainWasm), wasm);
    assert.match(loader, new RegExp(`^import \\{ initSync \\} from "\\./signpost\\.${js}\\.js";`));
    assert.match(loader, /const \{ __indirect_function_table, __wasm_split_shared0, memory, {2}\} = initSync/);
    assert.equal(contentHash(readFileSync(join(pkg, `__wasm_split_manifest.${manifest}.json`))), manifest);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(pkg, `__wasm_split_manifest.${manifest}.json`), 'utf8'))), ['__login_route', '__refer_route', '__service_route']);
    assert.equal(mainJs, `import * as split from "./__wasm_split.${split}.js";\nconst imports = { "./${LOADER_IMPORTS}": split, main: 1 };\n`);
    assert.ok(mainWasm.includes(Buffer.from(`./${LOADER_IMPORTS}`)) && !mainWasm.includes(Buffer.from(split)));
    assert.equal(mainWasm.length, readFileSync(join(b, 'pkg', `signpost.${wasm}.wasm`)).length);
    for (const f of readdirSync(pkg)) {
      assert.ok(!f.includes(first.split) && !f.includes(second.split) && !f.includes('MAINJS') && !f.includes('WASMWASM'), `${f} keeps an old name`);
      if (f.endsWith('.br') || f.endsWith('.gz')) continue;
      assert.ok(!readFileSync(join(pkg, f)).includes(Buffer.from(first.split)) && !readFileSync(join(pkg, f)).includes(Buffer.from('MAINJS')), `${f} refers to an old name`);
    }
    // What changed is precompressed again, and the compressed files hold the new bytes.
    for (const f of [`signpost.${js}.js`, `signpost.${wasm}.wasm`, `__wasm_split.${split}.js`, `__wasm_split_manifest.${manifest}.json`]) {
      const raw = readFileSync(join(pkg, f));
      assert.deepEqual(brotliDecompressSync(readFileSync(join(pkg, `${f}.br`))), raw, `${f}.br`);
      assert.deepEqual(gunzipSync(readFileSync(join(pkg, `${f}.gz`))), raw, `${f}.gz`);
    }

    // Running it again changes nothing.
    makeReproducible(first.pkg, first.hashFile);
    assert.deepEqual(snapshot(a), sa);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

test('a change to the lazy code leaves the main module as it was; a change to either file that names the other renames both', () => {
  const dirs = [0, 1, 2].map((i) => mkdtempSync(join(tmpdir(), `split-${i}-`)));
  try {
    const shares = ['memory', '__indirect_function_table', '__wasm_split_shared0'];
    const routes = ['__service_route'];
    const builds = [build(dirs[0], shares, routes), build(dirs[1], shares, routes, '__chunk_3'), build(dirs[2], shares, routes, '__chunk_2', 'other')];
    const names = builds.map((x, i) => {
      makeReproducible(x.pkg, x.hashFile);
      const hashes = readFileSync(join(dirs[i], 'hash.txt'), 'utf8');
      return Object.fromEntries(['js', 'wasm', 'split'].map((k) => [k, hashes.match(new RegExp(`^${k}: (\\S+)$`, 'm'))[1]]));
    });
    // Other lazy code: a new loader and .js, the same main module (same bytes, same name).
    assert.notEqual(names[1].split, names[0].split);
    assert.notEqual(names[1].js, names[0].js);
    assert.equal(names[1].wasm, names[0].wasm);
    assert.deepEqual(readFileSync(join(builds[1].pkg, `signpost.${names[1].wasm}.wasm`)), readFileSync(join(builds[0].pkg, `signpost.${names[0].wasm}.wasm`)));
    // Another .js (the loader's text the same): both renamed.
    assert.notEqual(names[2].js, names[0].js);
    assert.notEqual(names[2].split, names[0].split);
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
});

test('brotli keeps the smallest of its settings, and what it writes decompresses to the input', () => {
  // Something shaped like a module: repeated structure with varying numbers in it, on which
  // the settings give different sizes.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const parts = [];
  for (let i = 0; i < 6000; i++) parts.push(Buffer.from([0x20, next() % 64, 0x41, next() % 256, 0x10, next() % 8, 0x0b]), Buffer.from(`f${next() % 500};`));
  const input = Buffer.concat(parts);
  const q11 = (params) => brotliCompressSync(input, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: input.length, ...params } }).length;
  const sizes = [
    q11({}),
    q11({ [constants.BROTLI_PARAM_LGBLOCK]: 17 }),
    q11({ [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT }),
    q11({ [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT, [constants.BROTLI_PARAM_LGBLOCK]: 16 }),
  ];
  assert.ok(new Set(sizes).size > 1, `the settings should differ on this input: ${sizes}`);
  const out = brotli(input);
  assert.equal(out.length, Math.min(...sizes));
  assert.deepEqual(brotliDecompressSync(out), input);
});
