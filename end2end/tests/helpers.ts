import * as fs from "node:fs";
import * as path from "node:path";
import { BrowserContext, chromium, expect, Page } from "@playwright/test";
import { root } from "../servers";
import { note, watch } from "./fixtures";

/** Waits until the wasm bundle has hydrated the page (the app marks <html data-hydrated>). The
 * first page of a fresh profile downloads and compiles the bundle, which takes a while when the
 * two test workers load both cores. */
export async function hydrated(page: Page) {
  try {
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
  } catch (error) {
    // Which bundle files arrived, and when: tells a slow download from a failed start.
    const state = await page
      .evaluate(() => ({
        readyState: document.readyState,
        bundle: performance
          .getEntriesByType("resource")
          .filter((e) => e.name.includes("/pkg/"))
          .map((e) => {
            const r = e as PerformanceResourceTiming;
            return `${r.name} status ${r.responseStatus} ${r.transferSize} B from ${Math.round(r.startTime)} ms to ${Math.round(r.responseEnd)} ms`;
          }),
      }))
      .catch((e) => ({ readyState: `unknown (${e})`, bundle: [] as string[] }));
    note(`not hydrated: document ${state.readyState}; bundle requests:\n  ${state.bundle.join("\n  ") || "none"}`);
    throw error;
  }
}

/** Waits until the service worker controls the page (its precache is complete by then). When it
 * does not, says how far the worker got: one that never activates (a precache request failed,
 * say) otherwise shows only as the test's own timeout, with nothing to go on. */
export async function controlled(page: Page) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  } catch (error) {
    const state = await page
      .evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const workers = registration
          ? (["installing", "waiting", "active"] as const).map((k) => `${k}: ${registration[k]?.state ?? "none"}`).join(", ")
          : "no registration";
        const caches_ = await Promise.all((await caches.keys()).map(async (k) => `${k} (${(await (await caches.open(k)).keys()).length} files)`));
        return `${workers}; caches: ${caches_.join(", ") || "none"}`;
      })
      .catch((e) => `unknown (${e})`);
    note(`no service worker controls ${page.url()}: ${state}`);
    throw error;
  }
}

type StoredChanges = { services?: { id: string; name: string }[]; deleted_services?: string[] };

/** What the phone's store keeps in `meta` (C1 in docs/SYNC-SPEC.md): the sync state (JSON text),
 * and the log of pages under the keys 0, 1, 2…, each record as the JSON it holds. */
function storedMeta(page: Page): Promise<{ state: Record<string, unknown> & { next_record: number }; log: StoredChanges[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const nothing = { state: { next_record: 0 }, log: [] };
        const open = indexedDB.open("signpost");
        // No database yet: nothing is stored (and none is made here, without the app's stores).
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === "AbortError" ? resolve(nothing) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const meta = db.transaction("meta").objectStore("meta");
            const state = meta.get("state");
            const log = meta.getAll(IDBKeyRange.bound(0, Infinity));
            log.onsuccess = () => {
              try {
                // No state before the first page is applied.
                const parsed = state.result === undefined ? nothing.state : JSON.parse(state.result);
                resolve({ state: parsed, log: log.result.map((record: Uint8Array) => JSON.parse(new TextDecoder().decode(record))) });
              } catch (e) {
                reject(e);
              }
              db.close();
            };
            log.onerror = () => reject(log.error);
          } catch (e) {
            db.close();
            reject(e);
          }
        };
      }),
  );
}

/** The records of the log of pages the phone's store keeps, each as the JSON it holds. */
export async function storedLog(page: Page): Promise<StoredChanges[]> {
  return (await storedMeta(page)).log;
}

/** The sync state the phone's store keeps. */
export async function storedState(page: Page) {
  return (await storedMeta(page)).state;
}

/** Writes records into the phone's store (`meta`) in one transaction, as an older version or an
 * interrupted write might have left them: text as it is, or as UTF-8 bytes (a record of the log). */
export function putInStore(page: Page, records: { key: string | number; text: string; bytes?: boolean }[]): Promise<void> {
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("signpost");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("meta", "readwrite");
          for (const r of records) tx.objectStore("meta").put(r.bytes ? new TextEncoder().encode(r.text) : r.text, r.key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** How many services the phone's store holds: its log replayed (read straight from IndexedDB). */
export async function storedServices(page: Page): Promise<number> {
  const ids = new Set<string>();
  for (const changes of await storedLog(page)) {
    for (const s of changes.services ?? []) ids.add(s.id);
    for (const id of changes.deleted_services ?? []) ids.delete(id);
  }
  return ids.size;
}

/** The names of the services in the result list, in order. */
export function resultNames(page: Page) {
  // On the search page the result list is the only region (a section named by its heading).
  return page.getByRole("region").getByRole("heading", { level: 3 });
}

/** Switches language with the language menu (a plain form: works with and without JavaScript). */
export async function switchLanguage(page: Page, menuName: string, languageName: string) {
  await page.getByText(menuName, { exact: true }).click();
  // Each language is named in its own script, then in English: "العربية Arabic".
  await page.getByRole("button", { name: new RegExp(`^${languageName}( |$)`) }).click();
}

/** A browser profile on disk at `base`, so that closing and reopening keeps IndexedDB and cookies. */
export async function launchProfile(profile: string, base: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    headless: true,
    baseURL: base,
    locale: "en-GB",
    timezoneId: "Europe/London",
  });
  watch(context);
  return context;
}

/** Signs in with the sign-in page and lands on the home page. */
export async function signInAs(page: Page, email: string, password: string) {
  for (let attempt = 1; ; attempt++) {
    await page.goto("/login");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Signed in: the home page. Refused: the sign-in page again, saying why
    // (`/login?error=…&next=/`, an address that also ends in "/").
    await page.waitForURL((url) => url.pathname === "/" || url.searchParams.has("error"));
    const refused = new URL(page.url()).searchParams.get("error");
    if (refused === null) return;
    // Tests running side by side sign in to the same account at the same moment. The server
    // checks one attempt per account at a time and asks the other to try again ("limited"), as
    // it would ask a person: so does the test, a few times.
    if (refused !== "limited" || attempt === 5) throw new Error(`signing in as ${email}: refused (${refused}), attempt ${attempt}`);
  }
}

/** On a service's referral form: the family agrees, then the form is filled in (a phone number,
 * Somali, food) and saved, landing on the phone's referrals. */
export async function referFamily(page: Page, family: { person: string; phone: string; referrer: string }) {
  await page.getByLabel("The person has heard this statement and agrees").check();
  await page.getByLabel("Person's name").fill(family.person);
  await page.getByLabel("Phone number", { exact: true }).fill(family.phone);
  await page.getByLabel("Preferred language").selectOption({ label: "Somali" });
  await page.getByRole("group", { name: "What they need help with" }).getByLabel("Food").check();
  await page.getByLabel("Your phone number or email address").fill(family.referrer);
  await page.getByRole("button", { name: "Save the referral" }).click();
  await expect(page).toHaveURL(/\/outbox$/);
}

/** A one-line message of `locale`, as its locale file has it (what the page must show). */
export function message(locale: string, id: string): string {
  const dir = path.join(root, "locales", locale);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const line = fs.readFileSync(path.join(dir, file), "utf8").split("\n").find((l) => l.startsWith(`${id} = `));
    if (line) return line.slice(id.length + 3).trim();
  }
  throw new Error(`${id} is not in ${locale}`);
}
