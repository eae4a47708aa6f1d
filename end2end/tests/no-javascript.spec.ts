import { expect, test } from "./fixtures";
import { message, resultNames, switchLanguage } from "./helpers";

// The same journey with JavaScript disabled: every page is server-rendered and forms submit.

test("search, filter, open a service and its organisation without JavaScript", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "What do you need help with?" }).fill("laptpo");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=laptpo/);
  await expect(resultNames(page).first()).toHaveText("Laptop Loans");

  await page.getByRole("searchbox").fill("");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Need", { exact: true }).selectOption({ label: "Families of prisoners" });
  await page.getByLabel("Accepts referrals", { exact: true }).check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/need=prisoners-families/);
  await expect(page.getByRole("heading", { level: 2, name: "2 services" })).toBeVisible();

  await page.getByRole("link", { name: "Children with a Parent in Prison" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Children with a Parent in Prison" })).toBeVisible();
  await expect(page.getByText("Ages 5–17")).toBeVisible();
  await page.getByRole("link", { name: "The Ebb" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The Ebb" })).toBeVisible();
});

test("switch to Arabic and Gujarati without JavaScript", async ({ page }) => {
  await page.goto("/");
  await switchLanguage(page, "Language", "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "ابحث عن خدمة" })).toBeVisible();
  await switchLanguage(page, "اللغة", "ગુજરાતી");
  await expect(page.locator("html")).toHaveAttribute("lang", "gu");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "સેવા શોધો" })).toBeVisible();
});

test("the not-found page works without JavaScript", async ({ page }) => {
  const response = await page.goto("/organisations/not-a-real-id");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

// The main journey in five of the languages, each page as the server renders it: search, open a
// service, start a referral (which asks, in the language, to sign in first).
for (const locale of ["en-GB", "ar", "gu", "pl", "ti"]) {
  test(`${locale}: search, open a service and start a referral without JavaScript`, async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "signpost-locale", value: locale, url: baseURL! }]);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.getByRole("searchbox", { name: message(locale, "search-label") }).fill("Wesley Hall Food Bank");
    await page.getByRole("button", { name: message(locale, "search-button"), exact: true }).click();
    await page.getByRole("link", { name: "Wesley Hall Food Bank" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Wesley Hall Food Bank" })).toBeVisible();
    await page.getByRole("link", { name: message(locale, "refer-link") }).click();
    await expect(page).toHaveURL(/\/refer$/);
    await expect(page.getByRole("alert").filter({ hasText: message(locale, "refer-sign-in") })).toBeVisible();
  });
}
