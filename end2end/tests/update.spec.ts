import { expect, test } from "./fixtures";
import { UPDATE_PORT, dbPath, startServer, stopServer } from "../servers";
import { controlled } from "./helpers";
import * as fs from "fs";

test("a new build offers itself: 'new version available — reload'", async ({ page }) => {
  for (const f of [dbPath(UPDATE_PORT), `${dbPath(UPDATE_PORT)}-wal`, `${dbPath(UPDATE_PORT)}-shm`]) fs.rmSync(f, { force: true });
  const base = `http://127.0.0.1:${UPDATE_PORT}`;
  let server = await startServer(UPDATE_PORT, { SIGNPOST_RELEASE: "first" });
  try {
    await page.goto(base + "/");
    await controlled(page);
    const firstVersion = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("signpost-app-")));
    expect(firstVersion).toHaveLength(1);
    await expect(page.getByRole("alert")).toHaveCount(0);

    // Deploy a new build on the same address.
    await stopServer(server);
    server = await startServer(UPDATE_PORT, { SIGNPOST_RELEASE: "second" });
    // Browsers look for a new worker on navigation and now and then; ask now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByRole("alert");
    await expect(prompt).toContainText("A new version of Signpost is ready.");

    await prompt.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction(
      (old) => caches.keys().then((keys) => keys.some((k) => k.startsWith("signpost-app-") && !old.includes(k))),
      firstVersion,
    );
    await expect(page.getByRole("alert")).toHaveCount(0);
    const caches_ = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("signpost-app-")));
    expect(caches_).toHaveLength(1);
    expect(caches_[0]).not.toBe(firstVersion[0]);
  } finally {
    await stopServer(server);
  }
});
