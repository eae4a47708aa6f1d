import { Page } from "@playwright/test";
import { expect, test, watch } from "./fixtures";
import { SYNC_PORT, cli } from "../servers";
import { controlled, hydrated, putInStore, resultNames, storedLog, storedServices, storedState, switchLanguage } from "./helpers";

// These tests change the directory on their own server, one after another.
test.describe.configure({ mode: "default" });

/** Waits until the status line says the directory is saved on the phone. */
async function saved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Saved on this phone" })).toBeVisible();
}

/** Names of the results the server renders for a search URL. */
async function serverNames(page: Page, url: string): Promise<string[]> {
  const html = await (await page.request.get(url)).text();
  return [...html.matchAll(/class="card-title"[^>]*><a href="[^"]*">([^<]*)</g)].map((m) => m[1].replace(/&#x27;/g, "'").replace(/&amp;/g, "&"));
}

test("installable: the manifest parses and the service worker controls the page", async ({ page }) => {
  await page.goto("/");
  await controlled(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]') as HTMLLinkElement;
    return (await fetch(link.href)).json();
  });
  expect(manifest).toMatchObject({ name: "Signpost", short_name: "Signpost", display: "standalone", start_url: "/", scope: "/", lang: "en-GB" });
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors.map((e: { errorId: string }) => e.errorId).filter((id: string) => id !== "in-incognito")).toEqual([]);
});

test("a page the service worker does not control yet is taken over, so it works with no signal", async ({ page, context }) => {
  // A page can be left uncontrolled by a worker that is already active: one that loaded while the
  // worker was activating (after its claim of the pages then open), or, as here, one reloaded
  // past it. It asks the worker to take it over.
  await page.addInitScript(() => {
    (window as unknown as { controlledAtStart: boolean }).controlledAtStart = navigator.serviceWorker.controller !== null;
  });
  await page.goto("/");
  await controlled(page);
  await saved(page);
  const cdp = await context.newCDPSession(page);
  const navigated = page.waitForEvent("framenavigated");
  await cdp.send("Page.reload", { ignoreCache: true });
  await navigated;
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { controlledAtStart: boolean }).controlledAtStart)).toBe(false);
  await hydrated(page);
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 2, name: "37 services" })).toBeVisible();
  await context.setOffline(false);
});

test("after one visit, the whole directory works with the network off", async ({ page, context }) => {
  await page.goto("/");
  await hydrated(page);
  await controlled(page);
  await saved(page);
  expect(await storedServices(page)).toBe(37);

  await context.setOffline(true);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "37 services" })).toBeVisible();

  // A search with filters in the URL, rendered from the phone's copy.
  await page.goto("/?q=food&need=food&free=1");
  await hydrated(page);
  await expect(resultNames(page).first()).toHaveText("Wesley Hall Food Bank");
  await expect(page.getByLabel("Need", { exact: true })).toHaveValue("food");

  // Typing still searches, in the browser.
  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("searchbox").fill("");
  await page.getByRole("searchbox").pressSequentially("laptpo");
  await expect(resultNames(page).first()).toHaveText("Laptop Loans");

  // A service, then its organisation.
  await resultNames(page).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Laptop Loans" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 0116 496 0111" })).toBeVisible();
  await page.getByRole("link", { name: "Reaching People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reaching People" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "3 services" })).toBeVisible();

  // A page never visited online, straight from its address.
  await page.goto("/services/00000000-0000-0000-0000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  // Switching language with no signal.
  await page.goto("/");
  await hydrated(page);
  await switchLanguage(page, "Language", "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "ابحث عن خدمة" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "غير متصل" })).toBeVisible();
  await expect(resultNames(page).first()).toBeVisible();
});

test("search in the browser gives the same results as the server", async ({ page, context }) => {
  const queries = [
    "/?q=food",
    "/?q=foood+bnak",
    "/?q=lapt",
    "/?q=youth+housing",
    "/?q=%E0%AA%96%E0%AB%8B%E0%AA%B0%E0%AA%BE%E0%AA%95",
    "/?q=%D8%B7%D8%B9%D8%A7%D9%85",
    "/?q=somali",
    "/?need=families&age=10",
    "/?language=so&referrals=1",
    "/?area=Highfields&free=1",
    "/?q=advice&need=money",
  ];
  const expected: string[][] = [];
  for (const q of queries) expected.push(await serverNames(page, q));
  expect(expected.filter((names) => names.length > 0).length).toBeGreaterThan(8);

  await page.goto("/");
  await controlled(page);
  await saved(page);
  await context.setOffline(true);
  for (const [i, q] of queries.entries()) {
    await page.goto(q);
    await hydrated(page);
    await expect(resultNames(page), q).toHaveText(expected[i]);
  }
});

test("C5, S1: a service changed or removed on the server changes or goes on the phone at the next sync", async ({ page, context }) => {
  await page.goto("/");
  await controlled(page);
  await saved(page);

  const id = (await page.getByRole("link", { name: "Benefits and Debt Advice" }).getAttribute("href"))!.split("/").pop()!;
  const service = JSON.parse(cli(SYNC_PORT, ["service", "export", id]));
  service.name = "Benefits, Debt and Energy Advice";
  cli(SYNC_PORT, ["service", "import"], JSON.stringify(service));
  const gone = (await page.getByRole("link", { name: "Courses for Community Groups" }).getAttribute("href"))!.split("/").pop()!;
  const removed = cli(SYNC_PORT, ["service", "export", gone]);
  cli(SYNC_PORT, ["service", "delete", gone]);

  // The connection coming back is one of the moments the app syncs.
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByRole("link", { name: "Benefits, Debt and Energy Advice" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Courses for Community Groups" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "36 services" })).toBeVisible();
  expect(await storedServices(page)).toBe(36);

  // And offline, the phone has the new state.
  await context.setOffline(true);
  await page.goto(`/services/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Benefits, Debt and Energy Advice" })).toBeVisible();
  await page.goto(`/services/${gone}`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  // Put the directory back as it was for the tests after this one.
  service.name = "Benefits and Debt Advice";
  cli(SYNC_PORT, ["service", "import"], JSON.stringify(service));
  cli(SYNC_PORT, ["service", "import"], removed);
});

test("C1: a damaged store, or one an older version wrote, is noticed and downloaded again", async ({ page }) => {
  await page.goto("/");
  await controlled(page);
  await saved(page);
  // Break one record, as an interrupted write or an older version might leave it: a record of
  // the log that is not one, after the others.
  await putInStore(page, [{ key: 1e6, text: "{ this is not a page", bytes: true }]);
  await page.reload();
  await hydrated(page);
  await saved(page);
  expect(await storedServices(page)).toBe(37);
  await expect(resultNames(page).first()).toBeVisible();

  // A store from an older version of the app: another schema in its state record.
  await putInStore(page, [{ key: "state", text: JSON.stringify({ ...(await storedState(page)), schema: 0 }) }]);
  await page.reload();
  await hydrated(page);
  await saved(page);
  expect(await storedServices(page)).toBe(37);
});

test("C1: a log of changes grown long is written again at the next start, and the copy stays as it was", async ({ page, context }) => {
  await page.goto("/");
  await controlled(page);
  await saved(page);
  // Forty pages of one change each, as forty syncs over some weeks would leave them: one
  // service renamed each time, the last name last.
  const state = await storedState(page);
  const service = (await storedLog(page)).flatMap((p) => p.services ?? []).find((s) => s.name === "Wesley Hall Food Bank")!;
  const renamed = Array.from({ length: 40 }, (_, i) => ({
    key: state.next_record + i,
    text: JSON.stringify({ services: [{ ...service, name: `Wesley Hall Food Bank ${i + 1}` }] }),
    bytes: true,
  }));
  await putInStore(page, [...renamed, { key: "state", text: JSON.stringify({ ...state, next_record: state.next_record + 40 }) }]);
  expect((await storedLog(page)).length).toBeGreaterThan(40);

  await context.setOffline(true);
  await page.goto("/?q=wesley");
  await hydrated(page);
  await expect(resultNames(page).first()).toHaveText("Wesley Hall Food Bank 40");
  // Written again as one record of the 13 organisations and one of the 37 services.
  await expect.poll(async () => (await storedLog(page)).length, { timeout: 15_000 }).toBe(2);
  expect(await storedServices(page)).toBe(37);
  await page.reload();
  await hydrated(page);
  await expect(resultNames(page).first()).toHaveText("Wesley Hall Food Bank 40");
  await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toBeVisible();
});

test("C4: an interrupted first download keeps what arrived, is used offline with a notice, and resumes", async ({ page, context }) => {
  // The first page of changes comes in tens; the connection then drops before the second.
  let pages = 0;
  await page.route("**/api/sync/v1/changes*", async (route) => {
    pages += 1;
    if (pages === 1) {
      const url = new URL(route.request().url());
      // 13 organisations come first, then the first 7 services.
      url.searchParams.set("limit", "20");
      await route.continue({ url: url.toString() });
    } else {
      await route.abort("internetdisconnected");
    }
  });
  await page.goto("/");
  await controlled(page);
  await expect.poll(() => storedServices(page)).toBeGreaterThan(0);
  const partial = await storedServices(page);
  expect(partial).toBeLessThan(37);

  await context.setOffline(true);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("status").filter({ hasText: "part of the directory is saved" })).toBeVisible();
  await expect(resultNames(page).first()).toBeVisible();

  await page.unroute("**/api/sync/v1/changes*");
  await context.setOffline(false);
  await saved(page);
  expect(await storedServices(page)).toBe(37);
});

test("C3: a sync answer that does not parse changes nothing on the phone", async ({ page, context }) => {
  await page.goto("/");
  await controlled(page);
  await saved(page);
  const before = await storedServices(page);
  await page.route("**/api/sync/v1/changes*", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"format":1,"since":' }));
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Could not check for changes" })).toBeVisible();
  expect(await storedServices(page)).toBe(before);
  // The saved copy still answers.
  await page.getByRole("searchbox").pressSequentially("playground");
  await expect(resultNames(page).first()).toBeVisible();
});

test("C7: when the browser will not store the directory, the app says so and works online", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get: () => undefined });
  });
  await page.goto("/");
  await hydrated(page);
  await expect(page.getByRole("status").filter({ hasText: "Could not save the directory" })).toBeVisible();
  await expect(page.getByText(/browser would not save the directory, so Signpost needs a connection/)).toBeVisible();
  await page.getByRole("searchbox").pressSequentially("laptop");
  await expect(resultNames(page).first()).toHaveText("Laptop Loans");
});

test("a page whose own code arrives slowly still says the directory is saved once it runs", async ({ browser }) => {
  // No service worker: the page's code comes over the (slow) network, not from its cache.
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${SYNC_PORT}`, serviceWorkers: "block" });
  watch(context);
  const page = await context.newPage();
  await page.goto("/?q=Wesley+Hall+Food+Bank");
  await hydrated(page);
  await saved(page);
  const service = await page.getByRole("link", { name: "Wesley Hall Food Bank" }).first().getAttribute("href");
  // A slow connection for the service page's own code (a lazy route), while the rest of the
  // app is in the browser's cache: the saved copy is ready long before the page has hydrated.
  // Nothing may change what the page shows until then, or the part of the page hydrated after
  // the route (the status line) would keep the server's HTML and never say what it should.
  await context.route(/_route_view_[^/]*\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await page.goto(service!);
  await hydrated(page);
  await saved(page);
  await context.close();
});

test("if the browser may clear the saved copy, the user is told in plain words", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.persist = () => Promise.resolve(false);
  });
  await page.goto("/");
  await saved(page);
  const warning = page.getByRole("note").filter({ hasText: "may delete the saved directory" });
  await expect(warning).toBeVisible();
  // In the page, not fixed over it; the fixed line stays one line.
  expect(await warning.evaluate((w) => w.closest(".status-bar"))).toBeNull();
  await expect(page.locator(".network-details")).toContainText("updated");
});
