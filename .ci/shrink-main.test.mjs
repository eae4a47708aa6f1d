// The main module, optimised again by .ci/shrink-main.mjs, does what it did under the same
// name, without the sections browsers never read, and with the names only it and its glue share
// made short in both; a second run leaves it alone. Run by `make test` (binaryen from
// .ci/tools.sh).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { customSections, joinSegments, shortName, shrinkMain } from './shrink-main.mjs';

// What wasm-bindgen's glue and the split chunks use: imports from the glue, an import from the
// split loader, exports (one named by a mangled symbol, as wasm-bindgen's closure adapters are),
// a table and memory. `$twice` is written the long way, and `$unused` is reachable from nothing.
const ADAPTER = '_RINvNvNtNtCse9avnrbYeap_12wasm_bindgen7convert8closuress_1__6invokeuKb1_ECs4Jn8JGjGAI2_4glue';
const MODULE = `(module
  (import "./signpost_bg.js" "__wbg_log_0123456789abcdef" (func $log (param i32)))
  (import "./__wasm_split.the-main-module-import.js" "__wasm_split_load_page_1" (func $load (param i32 i32)))
  (import "./signpost_bg.js" "__wbindgen_init_externref_table" (func $init))
  (memory (export "memory") 1)
  (table (export "__indirect_function_table") 2 funcref)
  (elem (i32.const 0) $twice)
  (func $unused (result i32) (i32.const 99))
  (func $adapter (export "${ADAPTER}") (param $x i32) (result i32)
    (call $init)
    (call $load (i32.const 0) (i32.const 0))
    (call $twice (local.get $x)))
  (func $twice (export "twice") (param $x i32) (result i32)
    (local $y i32)
    (local.set $y (local.get $x))
    (local.set $y (i32.add (local.get $y) (local.get $x)))
    (call $log (local.get $y))
    (local.get $y)))`;

/** The glue, shaped as wasm-bindgen writes it (minified): the imports object, the exports read
 * as properties. */
const glue = (keys = ['__wbg_log_0123456789abcdef', '__wbindgen_init_externref_table']) => `let _;
function d(){return{__proto__:null,"./signpost_bg.js":{__proto__:null,${keys[0]}:function(v){globalThis.logged.push(v)},${keys[1]}:function(){globalThis.logged.push('init')}},"./__wasm_split.the-main-module-import.js":{__wasm_split_load_page_1:function(){globalThis.logged.push('load')}}}}
export function imports(){return d()}
export function set(e){_=e}
export function adapter(x){return _.${ADAPTER}(x)}
export function twice(x){return _.twice(x)}
`;

/** A custom section, as the toolchain appends them. */
function custom(name, payload) {
  const body = Buffer.concat([Buffer.from([name.length]), Buffer.from(name), payload]);
  return Buffer.concat([Buffer.from([0, body.length]), body]);
}

function build(dir, js = glue()) {
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
  writeFileSync(hashFile, 'js: HASH\nwasm: HASH\ncss: C\n');
  writeFileSync(join(dir, 'app.HASH.js'), js);
  return { wasm, hashFile, js: join(dir, 'app.HASH.js') };
}

test('the main module is smaller, keeps its name, and with its glue does what it did', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shrink-main-test-'));
  try {
    const { wasm, hashFile, js } = build(dir);
    const before = readFileSync(wasm);
    const glueBefore = readFileSync(js, 'utf8');
    assert.deepEqual(customSections(before), ['producers', 'target_features']);

    assert.equal(shrinkMain(dir, hashFile), 'app.HASH.wasm');
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('app.')).sort(), [
      'app.HASH.js', 'app.HASH.js.br', 'app.HASH.js.gz', 'app.HASH.wasm', 'app.HASH.wasm.br', 'app.HASH.wasm.gz',
    ]);
    const after = readFileSync(wasm);
    const glueAfter = readFileSync(js, 'utf8');
    assert.ok(after.length < before.length, `${after.length} < ${before.length} bytes`);
    assert.ok(glueAfter.length < glueBefore.length, `the glue: ${glueAfter.length} < ${glueBefore.length} bytes`);
    assert.deepEqual(customSections(after), []);
    for (const file of [wasm, js]) {
      assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file));
      assert.deepEqual(gunzipSync(readFileSync(`${file}.gz`)), readFileSync(file));
    }

    // The glue's imports under short names, in one short module; the split loader's as they were.
    const is = new WebAssembly.Module(after);
    assert.deepEqual(WebAssembly.Module.imports(is), [
      { module: 'a', name: 'a', kind: 'function' },
      { module: './__wasm_split.the-main-module-import.js', name: '__wasm_split_load_page_1', kind: 'function' },
      { module: 'a', name: 'b', kind: 'function' },
    ]);
    // The adapter's mangled name made short; the names the loader and chunks use kept.
    assert.deepEqual(WebAssembly.Module.exports(is).map((e) => e.name).sort(), ['_Ra', '__indirect_function_table', 'memory', 'twice']);
    assert.ok(!glueAfter.includes('__wbg_log') && !glueAfter.includes(ADAPTER) && !glueAfter.includes('./signpost_bg.js'));

    // The rewritten glue and module work together, as the browser uses them.
    globalThis.logged = [];
    const shortGlue = await import(`data:text/javascript,${encodeURIComponent(glueAfter)}`);
    const instance = new WebAssembly.Instance(is, shortGlue.imports());
    shortGlue.set(instance.exports);
    assert.equal(shortGlue.twice(21), 42);
    assert.equal(shortGlue.adapter(4), 8);
    assert.equal(instance.exports.__indirect_function_table.get(0)(5), 10, 'the table holds what it held');
    assert.deepEqual(globalThis.logged, [42, 'init', 'load', 8, 10]);

    assert.equal(shrinkMain(dir, hashFile), null, 'a second run leaves it alone');
    assert.deepEqual(readFileSync(wasm), after);
    assert.equal(readFileSync(js, 'utf8'), glueAfter);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a glue not shaped as wasm-bindgen writes it stops the build, and both files stay as they were', () => {
  for (const [why, text] of [
    ['an import the glue lacks', glue(['__wbg_log_fedcba9876543210', '__wbindgen_init_externref_table'])],
    ['an import named twice', glue(['__wbg_log_0123456789abcdef', '__wbg_log_0123456789abcdef'])],
    ['an import named outside the imports object', `${glue()}export const which = "__wbg_log_0123456789abcdef";\n`],
    ['an export read other than as a property', `${glue()}export const adapterName = "${ADAPTER}";\n`],
  ]) {
    const dir = mkdtempSync(join(tmpdir(), 'shrink-main-test-'));
    try {
      const { wasm, hashFile, js } = build(dir, text);
      const [wasmBefore, jsBefore] = [readFileSync(wasm), readFileSync(js)];
      assert.throws(() => shrinkMain(dir, hashFile), /its shape changed/, why);
      assert.deepEqual(readFileSync(wasm), wasmBefore, why);
      assert.deepEqual(readFileSync(js), jsBefore, why);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('short names are distinct and grow only when the letters run out', () => {
  const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual([names[0], names[25], names[26], names[51], names[52], names[53]], ['a', 'z', 'A', 'Z', 'aa', 'ab']);
  assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
  assert.equal(names[52 + 52 * 52 - 1], 'ZZ');
  assert.equal(names[52 + 52 * 52], 'aaa');
});

test('data segments a few zeros apart become one; the memory holds the same bytes', () => {
  // As wasm-opt's memory packing leaves them: cut at runs of zeros. Bytes at 16 and 40 are
  // 4 and 16 zeros apart from the ones before them (joined); the one at 1,000 is far (kept).
  const wat = `(module
    (memory (export "memory") 1)
    (data (i32.const 8) "\\01\\02\\03\\04")
    (data (i32.const 16) "abcdefgh")
    (data (i32.const 40) "\\ff")
    (data (i32.const 1000) "far"))`;
  const dir = mkdtempSync(join(tmpdir(), 'shrink-main-test-'));
  try {
    writeFileSync(join(dir, 'm.wat'), wat);
    execFileSync('wasm-as', [join(dir, 'm.wat'), '-o', join(dir, 'm.wasm'), '--enable-bulk-memory']);
    const before = readFileSync(join(dir, 'm.wasm'));
    const after = joinSegments(before);
    const memory = (bytes) => Buffer.from(new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.memory.buffer);
    assert.deepEqual(memory(after), memory(before));
    execFileSync('wasm-dis', ['-o', join(dir, 'after.wat'), '-'], { input: after });
    const segments = readFileSync(join(dir, 'after.wat'), 'utf8').match(/\(data /g);
    assert.equal(segments.length, 2, 'the three near ones joined, the far one alone');
    assert.deepEqual(joinSegments(after), after, 'nothing more to join');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
