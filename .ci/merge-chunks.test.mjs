// The split build's chunks, merged by .ci/merge-chunks.mjs, are one module that does what the
// chunks did: it imports the main module's memory, table and stack pointer once, puts each
// chunk's functions in the table where that chunk did, and writes each chunk's data. The loader
// and manifest name it instead of the chunks. Run by `make test` (binaryen from .ci/tools.sh).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mergeChunks, oneImportEach } from './merge-chunks.mjs';

const IMPORTS = `
  (import "__wasm_split" "memory" (memory $m 1))
  (import "__wasm_split" "__indirect_function_table" (table $t 4 funcref))
  (import "__wasm_split" "__wasm_split_shared0" (global $sp (mut i32)))`;

// Two chunks as wasm-split makes them: the second calls the first's function through the table.
const CHUNKS = {
  'chunk_1.AAAAAAAAAAAAAAAAAAAAAA': `(module ${IMPORTS}
    (type $get (func (result i32)))
    (data (i32.const 16) "\\07\\00\\00\\00")
    (elem (i32.const 0) $first)
    (func $first (type $get) (global.set $sp (i32.add (global.get $sp) (i32.const 1))) (i32.load (i32.const 16))))`,
  'chunk_2.BBBBBBBBBBBBBBBBBBBBBB': `(module ${IMPORTS}
    (type $get (func (result i32)))
    (data (i32.const 32) "\\05\\00\\00\\00")
    (elem (i32.const 1) $second)
    (func $second (type $get) (i32.add (call_indirect (type $get) (i32.const 0)) (i32.load (i32.const 32)))))`,
};

function chunkLoader(name) {
  const n = name.match(/^chunk_(\d+)/)[1];
  return [
    `const __chunk_${n} = makeLoad(() => {`,
    `    const src = fetch(new URL("./${name}.wasm", import.meta.url));`,
    `    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));`,
    `}`,
    `, []);`,
  ].join('\n');
}

function build(dir) {
  const names = Object.keys(CHUNKS);
  for (const [name, text] of Object.entries(CHUNKS)) {
    const wat = join(dir, `${name}.wat`);
    writeFileSync(wat, text);
    execFileSync('wasm-as', [wat, '-o', join(dir, `${name}.wasm`)]);
    rmSync(wat);
    writeFileSync(join(dir, `${name}.wasm.br`), 'old');
  }
  const loader = [
    'function makeLoad(fetcher, deps) {',
    '    // The template says what this does.',
    '    /* kept */ globalThis.kept = true; /* kept too */',
    '}',
    ...names.flatMap((name) => [`/* route, other */`, chunkLoader(name)]),
    'export const __wasm_split_load_route = wrapAsyncCb(makeLoad(() => {',
    '    const src = fetch(new URL("./split_route.CCCCCCCCCCCCCCCCCCCCCC.wasm", import.meta.url));',
    '    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));',
    '}',
    ', [__chunk_1, __chunk_2]));',
  ].join('\n');
  writeFileSync(join(dir, '__wasm_split.LOADER.js'), loader);
  const manifest = { route: [...names, 'split_route.CCCCCCCCCCCCCCCCCCCCCC'], other: [names[1], 'split_other.DDDDDDDDDDDDDDDDDDDDDD'] };
  writeFileSync(join(dir, '__wasm_split_manifest.MANIFEST.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'chunk_all.OLDOLDOLDOLDOLDOLDOLDOL.wasm'), 'an earlier build');
  const hashFile = join(dir, 'hash.txt');
  writeFileSync(hashFile, 'js: J\nwasm: W\ncss: C\nsplit: LOADER\nmanifest: MANIFEST\n');
  return hashFile;
}

test('the chunks become one module that does what they did, and the loader and manifest name it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'merge-chunks-test-'));
  try {
    const merged = mergeChunks(dir, build(dir));
    assert.match(merged, /^chunk_all\.[\w-]{22}$/);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('chunk_')).sort(), [`${merged}.wasm`, `${merged}.wasm.br`, `${merged}.wasm.gz`]);

    const bytes = readFileSync(join(dir, `${merged}.wasm`));
    assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, `${merged}.wasm.br`))), bytes);
    assert.deepEqual(gunzipSync(readFileSync(join(dir, `${merged}.wasm.gz`))), bytes);
    const module = new WebAssembly.Module(bytes);
    assert.deepEqual(
      WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name} ${i.kind}`),
      ['__wasm_split.memory memory', '__wasm_split.__indirect_function_table table', '__wasm_split.__wasm_split_shared0 global'],
    );
    const memory = new WebAssembly.Memory({ initial: 1 });
    const table = new WebAssembly.Table({ initial: 4, element: 'anyfunc' });
    const stack = new WebAssembly.Global({ value: 'i32', mutable: true }, 100);
    new WebAssembly.Instance(module, { __wasm_split: { memory, __indirect_function_table: table, __wasm_split_shared0: stack } });
    assert.equal(table.get(0)(), 7, "the first chunk's function, in its place, reads its data");
    assert.equal(table.get(1)(), 12, "the second chunk's function calls the first's through the table");
    assert.equal(stack.value, 102, 'one stack pointer, shared');

    const loader = readFileSync(join(dir, '__wasm_split.LOADER.js'), 'utf8');
    assert.equal(loader.match(/fetch\(/g).length, 2, 'the merged file and the route');
    assert.ok(loader.includes(`new URL("./${merged}.wasm"`));
    assert.match(loader, /, \[__chunks\]\)\);$/m, "the route's chunks are the merged file's one loader");
    assert.doesNotMatch(loader, /chunk_\d+/);
    assert.match(loader, /globalThis\.kept = true;/, 'code between two comments stays');
    assert.doesNotMatch(loader.replace('/* kept */ globalThis.kept = true; /* kept too */', ''), /\/\*|\/\/ /, 'no comments');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, '__wasm_split_manifest.MANIFEST.json'), 'utf8')), {
      route: [merged, 'split_route.CCCCCCCCCCCCCCCCCCCCCC'],
      other: [merged, 'split_other.DDDDDDDDDDDDDDDDDDDDDD'],
    });

    assert.equal(mergeChunks(dir, join(dir, 'hash.txt')), null, 'a second run finds nothing to merge');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a repeated import is made one, its uses renamed only where they are the whole name', () => {
  const text = [
    '(module',
    ' (import "m" "memory" (memory $mimport$0 1))',
    ' (import "m" "memory" (memory $mimport$1 1))',
    ' (import "m" "g" (global $g$1 (mut i32)))',
    ' (import "m" "g" (global $g (mut i32)))',
    ' (func $f (i32.store $mimport$1 (i32.const 0) (global.get $g)) (drop (i32.load $mimport$10 (i32.const 0))))',
    ')',
  ].join('\n');
  assert.equal(
    oneImportEach(text),
    [
      '(module',
      ' (import "m" "memory" (memory $mimport$0 1))',
      ' (import "m" "g" (global $g$1 (mut i32)))',
      ' (func $f (i32.store $mimport$0 (i32.const 0) (global.get $g$1)) (drop (i32.load $mimport$10 (i32.const 0))))',
      ')',
    ].join('\n'),
  );
});
