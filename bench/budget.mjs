// The size check in the test command: fails when the first-load app bytes (main wasm + js +
// css, brotli) exceed the budget in budget.json. Run after a release build.
import * as fs from "fs";
import * as path from "path";
import { fileSizes, firstLoadFiles, root } from "./sizes.mjs";

const budget = JSON.parse(fs.readFileSync(path.join(root, "bench/budget.json"), "utf8")).first_load_kib;
const files = firstLoadFiles();
let total = 0;
for (const [kind, name] of Object.entries(files)) {
  const s = fileSizes(name);
  total += s.brotli;
  console.log(`${kind.padEnd(5)} ${String(s.brotli).padStart(8)} B brotli  (${s.raw} B raw)  ${name}`);
}
const kib = total / 1024;
console.log(`first-load app bytes: ${kib.toFixed(1)} KiB brotli; budget ${budget} KiB`);
if (kib > budget) {
  console.error(`over budget by ${(kib - budget).toFixed(1)} KiB: make the bundle smaller (see docs/BENCHMARKS.md)`);
  process.exit(1);
}
