import { BrowserContext, chromium, expect, Page } from "@playwright/test";

/** Waits until the wasm bundle has hydrated the page (the app marks <html data-hydrated>). The
 * first page of a fresh profile downloads and compiles the bundle, which takes a while when the
 * two test workers load both cores. */
export async function hydrated(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
}

/** The names of the services in the result list, in order. */
export function resultNames(page: Page) {
  // On the search page the result list is the only region (a section named by its heading).
  return page.getByRole("region").getByRole("heading", { level: 3 });
}

/** Switches language with the language menu (a plain form: works with and without JavaScript). */
export async function switchLanguage(page: Page, menuName: string, languageName: string) {
  await page.getByText(menuName, { exact: true }).click();
  await page.getByRole("button", { name: languageName, exact: true }).click();
}

/** A browser profile on disk at `base`, so that closing and reopening keeps IndexedDB and cookies. */
export function launchProfile(profile: string, base: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    headless: true,
    baseURL: base,
    locale: "en-GB",
    timezoneId: "Europe/London",
  });
}

/** Signs in with the sign-in page and lands on the home page. */
export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
}
