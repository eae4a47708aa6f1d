// Two split builds of the same sources, as cargo-leptos leaves them (lists in HashMap order,
// so different loader and manifest names, and the loader's name written into the main files),
// come out byte for byte the same after .ci/reproducible-split.mjs. Run by `make test`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { makeReproducible, contentHash } from './reproducible-split.mjs';

const MAIN_JS = 'signpost.MAINJSMAINJSMAINJSMAINJS.js';
const MAIN_WASM = 'signpost.WASMWASMWASMWASMWASMWAS.wasm';

function build(dir, shares, routes) {
  const pkg = join(dir, 'pkg');
  mkdirSync(pkg, { recursive: true });
  const loader = [
    `import { initSync } from "./${MAIN_JS}";`,
    `const { ${shares.map((s) => `${s}, `).join('')} } = initSync(undefined, undefined);`,
    `Object.assign(sharedImports.__wasm_split, { ${shares.map((s) => `${s}, `).join('')} });`,
    `export const __start = wrapAsyncCb(makeLoad(f, [__chunk_1, __chunk_2]));`,
  ].join('\n');
  const split = contentHash(loader);
  writeFileSync(join(pkg, `__wasm_split.${split}.js`), loader);
  const manifest = JSON.stringify(Object.fromEntries(routes.map((r) => [r, [`chunk_1.AAAAAAAAAAAAAAAAAAAAAA`, `split_${r}.BBBBBBBBBBBBBBBBBBBBBB`]])));
  const manifestHash = contentHash(manifest);
  writeFileSync(join(pkg, `__wasm_split_manifest.${manifestHash}.json`), manifest);
  writeFileSync(join(pkg, MAIN_JS), `import * as split from "./__wasm_split.${split}.js";\n`);
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

    // The hash list names files that exist, the main files import the loader by its new name,
    // and no old name is left anywhere.
    const split = sa.hashes.match(/^split: (\S+)$/m)[1];
    const manifest = sa.hashes.match(/^manifest: (\S+)$/m)[1];
    const pkg = first.pkg;
    const loader = readFileSync(join(pkg, `__wasm_split.${split}.js`), 'utf8');
    assert.equal(contentHash(loader), split);
    assert.match(loader, /const \{ __indirect_function_table, __wasm_split_shared0, memory, {2}\} = initSync/);
    assert.equal(contentHash(readFileSync(join(pkg, `__wasm_split_manifest.${manifest}.json`))), manifest);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(pkg, `__wasm_split_manifest.${manifest}.json`), 'utf8'))), ['__login_route', '__refer_route', '__service_route']);
    assert.ok(readFileSync(join(pkg, MAIN_JS), 'utf8').includes(`./__wasm_split.${split}.js`));
    assert.ok(readFileSync(join(pkg, MAIN_WASM)).includes(Buffer.from(`./__wasm_split.${split}.js`)));
    for (const f of readdirSync(pkg)) {
      assert.ok(!f.includes(first.split) && !f.includes(second.split), `${f} keeps an old name`);
      if (f.endsWith('.br') || f.endsWith('.gz')) continue;
      assert.ok(!readFileSync(join(pkg, f)).includes(Buffer.from(first.split)), `${f} refers to the old loader`);
    }
    // What changed is precompressed again, and the compressed files hold the new bytes.
    for (const f of [MAIN_JS, MAIN_WASM, `__wasm_split.${split}.js`, `__wasm_split_manifest.${manifest}.json`]) {
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
