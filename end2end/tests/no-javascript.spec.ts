import { expect, test } from "./fixtures";
import { resultNames, switchLanguage } from "./helpers";

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
