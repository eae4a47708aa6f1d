import { expect, test } from "./fixtures";
import { hydrated, message, resultNames, switchLanguage } from "./helpers";

test("home lists the demo directory, marked as demo data", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find a service" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Demo data" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "37 services" })).toBeVisible();
});

test("results follow as you type once the page is hydrated", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  const box = page.getByRole("searchbox", { name: "What do you need help with?" });
  // No Enter, no button: only the hydrated app can update the results.
  await box.pressSequentially("laptpo");
  await expect(resultNames(page).first()).toHaveText("Laptop Loans");
  await expect(page).toHaveURL(/\?q=laptpo$/);
});

test("filters apply on change and are kept in the URL", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Need", { exact: true }).selectOption({ label: "Families of prisoners" });
  await expect(page.getByRole("heading", { level: 2, name: "3 services" })).toBeVisible();
  await expect(page).toHaveURL(/need=prisoners-families/);
  await page.getByLabel("Age of the person", { exact: true }).fill("10");
  await page.getByLabel("Age of the person", { exact: true }).press("Tab");
  // The adults' group goes; the children's service and the all-ages one stay.
  const expected = ["Children with a Parent in Prison", "Prison Visits Help"];
  await expect(resultNames(page)).toHaveText(expected);
  await expect(page).toHaveURL(/age=10/);
  // Reloading the URL gives the same search.
  await page.reload();
  await expect(resultNames(page)).toHaveText(expected);
  await expect(page.getByLabel("Need", { exact: true })).toHaveValue("prisoners-families");
});

test("a service page and its organisation", async ({ page }) => {
  await page.goto("/?q=food+bank");
  await page.getByRole("link", { name: "Wesley Hall Food Bank" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wesley Hall Food Bank" })).toBeVisible();
  await expect(page).toHaveTitle("Wesley Hall Food Bank – Signpost");
  await expect(page.getByRole("link", { name: "Call 0116 496 0102" })).toHaveAttribute("href", "tel:01164960102");
  await expect(page.getByRole("link", { name: "Email foodbank@wesleyhall.example.org" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open in a map" })).toHaveAttribute("href", /openstreetmap/);
  await expect(page.getByRole("row", { name: /Thursday/ })).toContainText("10:00–12:30, 17:00–19:00");
  await page.getByRole("link", { name: "Wesley Hall Community Centre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wesley Hall Community Centre" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "3 services" })).toBeVisible();
  await expect(page.getByRole("link", { name: "English Conversation Club" })).toBeVisible();
});

test("switching to Arabic turns the page right to left, and back", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  await switchLanguage(page, "Language", "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1, name: "ابحث عن خدمة" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "مسودة آلية" })).toBeVisible();
  // Still hydrated and working in Arabic: search by the Arabic word for food.
  await hydrated(page);
  await page.getByRole("searchbox").pressSequentially("طعام");
  await expect(resultNames(page).filter({ hasText: "Wesley Hall Food Bank" })).toBeVisible();
  await expect(page).toHaveURL(/\?q=/);
  await switchLanguage(page, "اللغة", "English");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  // Back on the same search, in English.
  await expect(page).toHaveURL(/\/\?q=/);
  await expect(resultNames(page).filter({ hasText: "Wesley Hall Food Bank" })).toBeVisible();
});

test("pages reached by following links bring their own messages, in the user's language", async ({ page, baseURL }) => {
  // The search and service pages carry only the messages every page uses; the referral, outbox
  // and inbox pages' own come with the first of them a link leads to (the whole locale file).
  const t = (id: string) => message("pl", id);
  await page.context().addCookies([{ name: "signpost-locale", value: "pl", url: baseURL! }]);
  await page.goto("/?q=Wesley+Hall+Food+Bank");
  await hydrated(page);
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await page.getByRole("link", { name: "Wesley Hall Food Bank" }).first().click();
  await page.getByRole("link", { name: t("refer-link") }).click();
  await expect(page).toHaveURL(/\/refer$/);
  await expect(page.getByRole("alert").filter({ hasText: t("refer-sign-in") })).toBeVisible();
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: t("outbox-link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("outbox-title") })).toBeVisible();
  await footer.getByRole("link", { name: t("footer-inbox") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("inbox-title") })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: t("inbox-sign-in-needed") })).toBeVisible();
  // All of it in the page that loaded first: links followed by the app, not page loads.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test("an unknown service gets a 404 page in the user's language", async ({ page }) => {
  const response = await page.goto("/services/00000000-0000-0000-0000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find a service" })).toBeVisible();
});

test("usable at 320 px wide with 44 px touch targets", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll("main a, main button, main input, main select, header a, header summary"))
      // A checkbox's target is its whole label.
      .map((el) => (el.closest("label") ?? el).getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0 && r.height < 44)
      .length,
  );
  expect(small).toBe(0);
});

test("hashed assets are compressed and cached for a year", async ({ page, request }) => {
  // The app's wasm is fetched once the page is idle; take its address from what the page loaded.
  const wasmRequest = page.waitForRequest((r) => r.url().endsWith(".wasm"));
  await page.goto("/");
  const wasm = new URL((await wasmRequest).url()).pathname;
  expect(wasm).toMatch(/^\/pkg\/signpost\.[\w-]+\.wasm$/);
  const response = await request.get(wasm!, { headers: { "Accept-Encoding": "br" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["content-encoding"]).toBe("br");
});
