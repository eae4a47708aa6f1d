import { expect, Page } from "@playwright/test";

/** Waits until the wasm bundle has hydrated the page (the app marks <html data-hydrated>). */
export async function hydrated(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
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
