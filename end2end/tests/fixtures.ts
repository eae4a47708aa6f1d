import { BrowserContext, test as base } from "@playwright/test";
export { expect } from "@playwright/test";

/** What the browser reported during the current test (each worker runs one test at a time):
 * page errors (a panic in the wasm app ends up here), console errors and warnings, failed
 * requests and error responses. Printed only when the test fails, so that a failure seen once
 * in CI can be understood from its log. */
let log: string[] = [];

export function note(line: string) {
  log.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
}

/** Records what `context`'s pages report (the test's own context is watched already). */
export function watch(context: BrowserContext) {
  context.on("weberror", (e) => note(`page error: ${e.error().message}`));
  context.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") note(`console ${m.type()}: ${m.text()}`);
  });
  context.on("requestfailed", (r) => note(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
  context.on("response", (r) => {
    if (r.status() >= 400) note(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
}

export const test = base.extend<{ browserLog: void }>({
  browserLog: [
    async ({ context }, use, testInfo) => {
      log = [];
      watch(context);
      await use();
      if (testInfo.status !== testInfo.expectedStatus && log.length > 0) {
        console.log(`What the browser reported:\n${log.join("\n")}`);
      }
    },
    { auto: true },
  ],
});
