// The main module, optimised again by .ci/shrink-main.mjs, does what it did under the same
// name, without the sections browsers never read; a second run leaves it alone. Run by
// `make test` (binaryen from .ci/tools.sh).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { customSections, shrinkMain } from './shrink-main.mjs';

// What wasm-bindgen's glue and the split chunks use: an import, exports, a table and memory.
// `$twice` is written the long way, and `$unused` is reachable from nothing.
const MODULE = `(module
  (import "wbg" "log" (func $log (param i32)))
  (memory (export "memory") 1)
  (table (export "__indirect_function_table") 2 funcref)
  (elem (i32.const 0) $twice)
  (func $unused (result i32) (i32.const 99))
  (func $twice (export "twice") (param $x i32) (result i32)
    (local $y i32)
    (local.set $y (local.get $x))
    (local.set $y (i32.add (local.get $y) (local.get $x)))
    (call $log (local.get $y))
    (local.get $y)))`;

/** A custom section, as the toolchain appends them. */
function custom(name, payload) {
  const body = Buffer.concat([Buffer.from([name.length]), Buffer.from(name), payload]);
  return Buffer.concat([Buffer.from([0, body.length]), body]);
}

function build(dir) {
  const wat = join(dir, 'main.wat');
  writeFileSync(wat, MODULE);
  const wasm = join(dir, 'app.HASH.wasm');
  execFileSync('wasm-as', [wat, '-o', wasm]);
  rmSync(wat);
  const features = custom('target_features', Buffer.from([1, 0x2b, 8, ...Buffer.from('sign-ext')]));
  const producers = custom('producers', Buffer.from([1, 8, ...Buffer.from('language'), 1, 4, ...Buffer.from('Rust'), 0]));
  writeFileSync(wasm, Buffer.concat([readFileSync(wasm), producers, features]));
  writeFileSync(`${wasm}.br`, 'old');
  const hashFile = join(dir, 'hash.txt');
  writeFileSync(hashFile, 'js: J\nwasm: HASH\ncss: C\n');
  return { wasm, hashFile };
}

test('the main module is smaller, keeps its name, imports and exports, and does what it did', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shrink-main-test-'));
  try {
    const { wasm, hashFile } = build(dir);
    const before = readFileSync(wasm);
    assert.deepEqual(customSections(before), ['producers', 'target_features']);

    assert.equal(shrinkMain(dir, hashFile), 'app.HASH.wasm');
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('app.')).sort(), ['app.HASH.wasm', 'app.HASH.wasm.br', 'app.HASH.wasm.gz']);
    const after = readFileSync(wasm);
    assert.ok(after.length < before.length, `${after.length} < ${before.length} bytes`);
    assert.deepEqual(customSections(after), []);
    assert.deepEqual(brotliDecompressSync(readFileSync(`${wasm}.br`)), after);
    assert.deepEqual(gunzipSync(readFileSync(`${wasm}.gz`)), after);

    const [was, is] = [new WebAssembly.Module(before), new WebAssembly.Module(after)];
    assert.deepEqual(WebAssembly.Module.imports(is), WebAssembly.Module.imports(was));
    assert.deepEqual(WebAssembly.Module.exports(is), WebAssembly.Module.exports(was));
    const logged = [];
    const instance = new WebAssembly.Instance(is, { wbg: { log: (v) => logged.push(v) } });
    assert.equal(instance.exports.twice(21), 42);
    assert.equal(instance.exports.__indirect_function_table.get(0)(5), 10, 'the table holds what it held');
    assert.deepEqual(logged, [42, 10]);

    assert.equal(shrinkMain(dir, hashFile), null, 'a second run leaves it alone');
    assert.deepEqual(readFileSync(wasm), after);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
