import * as fs from "node:fs";
import { BrowserContext, Page } from "@playwright/test";
import { expect, test, watch } from "./fixtures";
import { LISTINGS_PORT, addAccount } from "../servers";
import { controlled, hydrated, resultNames, signInAs, storedServices } from "./helpers";

// Listings kept by the network, on their own server: a coordinator onboards an organisation,
// its new admin adds a service, the coordinator approves it from the queue, and a phone that
// had saved the directory before finds the service offline after one sync; an admin's change
// stays unseen by the public until approved; what an admin types is kept on the phone.
test.describe.configure({ mode: "default" });

const PASSWORD = "correct horse battery staple";
const COORDINATOR = "coordinator@example.org";
const WESLEY = "admin@wesley.example.org";

function addUser(email: string, org: string, role: string) {
  addAccount(LISTINGS_PORT, email, org, role, PASSWORD);
}

test.beforeAll(() => {
  addUser(COORDINATOR, "Leicestershire Cares", "coordinator");
  addUser(WESLEY, "Wesley Hall Community Centre", "org-admin");
});

async function newPage(browser: import("@playwright/test").Browser): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext();
  watch(context);
  return [context, await context.newPage()];
}

/** The phone has saved the whole directory (the status line says so). */
async function savedOnPhone(page: Page) {
  await controlled(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved on this phone" })).toBeVisible();
}

test("a coordinator onboards an organisation, its admin adds a service, the coordinator approves it and a phone finds it offline", async ({ browser }) => {
  // A worker's phone that saved the directory before any of this.
  const [phoneContext, phone] = await newPage(browser);
  await phone.goto("/");
  await hydrated(phone);
  await savedOnPhone(phone);

  // The coordinator adds the organisation and gets the link for its first admin.
  const [, coordinator] = await newPage(browser);
  await signInAs(coordinator, COORDINATOR, PASSWORD);
  await coordinator.goto("/listings/organisations");
  await hydrated(coordinator);
  await coordinator.getByLabel("Name", { exact: true }).fill("Narborough Road Homework Club");
  await coordinator.getByLabel("Description").fill("Help with homework for children aged 8 to 14.");
  await coordinator.getByRole("button", { name: "Add the organisation" }).click();
  const link = await coordinator.getByLabel("Invitation link for its first admin").inputValue();
  expect(link).toContain("/invite/");

  // The new admin joins through the link and adds a service, with opening times and a closure.
  const [, admin] = await newPage(browser);
  await admin.goto(link);
  await admin.getByLabel("Email address").fill("admin@homework.example.org");
  await admin.getByLabel("Choose a password").fill(PASSWORD);
  await admin.getByRole("button", { name: "Create my account" }).click();
  await admin.goto("/listings");
  await hydrated(admin);
  await expect(admin.getByRole("heading", { level: 1, name: "Your organisation's listings" })).toBeVisible();
  await admin.getByRole("link", { name: "Add a service" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Add a service" })).toBeVisible();
  await hydrated(admin);
  await admin.getByLabel("Name", { exact: true }).fill("Exam Revision Cafe");
  await admin.getByLabel("Description").fill("Quiet space and volunteers to help young people revise for exams.");
  await admin.getByRole("group", { name: "Needs it helps with" }).getByLabel("Education, training and employment").check();
  const first = admin.getByRole("group", { name: "Opening time 1" });
  await first.getByLabel("Day").selectOption({ label: "Tuesday" });
  await first.getByLabel("Opens").fill("16:00");
  await first.getByLabel("Closes").fill("18:30");
  const closed = admin.getByRole("group", { name: "Closed days 1" });
  await closed.getByLabel("Closed from").fill("2026-12-22");
  await closed.getByLabel("to", { exact: true }).fill("2027-01-04");
  await closed.getByLabel("Why (optional)").fill("Christmas holidays");
  // And two days with their own hours (a Monday and Tuesday of exam week), in place of the usual ones.
  const special = admin.getByRole("group", { name: "Different hours 1" });
  await special.getByLabel("From").fill("2031-05-12");
  await special.getByLabel("to", { exact: true }).fill("2031-05-13");
  await special.getByLabel("Opens").fill("09:30");
  await special.getByLabel("Closes").fill("17:00");
  await special.getByLabel("Why (optional)").fill("Exam week");
  const place = admin.getByRole("group", { name: "Place 1" });
  await place.getByLabel("Street address").fill("120 Narborough Road");
  await place.getByLabel("Town or city").fill("Leicester");
  await place.getByLabel("Postcode").fill("le3 0bq");
  // A mistake first: the browser refuses it with the field's message, nothing sent.
  await first.getByLabel("Closes").fill("15:00");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "An opening time must end after it starts" }).first()).toBeVisible();
  await first.getByLabel("Closes").fill("18:30");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "A coordinator will check the change" })).toBeVisible();
  await expect(admin.getByText("Change waiting for a coordinator")).toBeVisible();

  // Not in the directory yet.
  const [, visitor] = await newPage(browser);
  await visitor.goto("/?q=revision");
  await expect(resultNames(visitor).filter({ hasText: "Exam Revision Cafe" })).toHaveCount(0);

  // The coordinator's queue: a new service, its fields, approved.
  await coordinator.goto("/listings/changes");
  await hydrated(coordinator);
  const item = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: "Exam Revision Cafe" }) });
  await expect(item.getByText("New service")).toBeVisible();
  await expect(item.getByRole("row", { name: /Opening times/ })).toContainText("Tuesday");
  await expect(item.getByRole("row", { name: /Days closed/ })).toContainText("Christmas holidays");
  await expect(item.getByRole("row", { name: /Different hours on some dates/ })).toContainText("Exam week");
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(coordinator.getByText("No changes are waiting.")).toBeVisible();

  // The phone syncs once (the connection coming back is one of the moments it does), then
  // finds the service with no signal.
  const before = await storedServices(phone);
  await phoneContext.setOffline(true);
  await phoneContext.setOffline(false);
  await expect.poll(() => storedServices(phone)).toBe(before + 1);
  await phoneContext.setOffline(true);
  await phone.goto("/?q=revision");
  await hydrated(phone);
  await expect(resultNames(phone).filter({ hasText: "Exam Revision Cafe" })).toHaveCount(1);
  await phone.getByRole("link", { name: "Exam Revision Cafe" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Exam Revision Cafe" })).toBeVisible();
  await expect(phone.getByRole("link", { name: "Narborough Road Homework Club" })).toBeVisible();
  await expect(phone.getByText(/Different hours from 12 May 2031 to 13 May 2031: 09:30.17:00/)).toBeVisible();
});

test("an admin's change stays unseen by the public until a coordinator approves it, and what is typed is kept on the phone", async ({ browser }) => {
  const [, admin] = await newPage(browser);
  await signInAs(admin, WESLEY, PASSWORD);
  await admin.goto("/listings");
  await hydrated(admin);
  const food = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: "Wesley Hall Food Bank" }) });
  const serviceHref = (await food.getByRole("link", { name: "Wesley Hall Food Bank" }).getAttribute("href"))!;
  await food.getByRole("link", { name: "Change" }).click();
  await hydrated(admin);
  const description = admin.getByLabel("Description");
  const before = await description.inputValue();

  // Typed, then the page left without saving: the phone kept it, and offers it back.
  await description.fill("Food parcels on Tuesdays and Saturdays; bring a bag.");
  await admin.goto("/listings");
  await hydrated(admin);
  await admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: "Wesley Hall Food Bank" }) }).getByRole("link", { name: "Change" }).click();
  await hydrated(admin);
  await expect(admin.getByText("This phone kept changes you typed earlier")).toBeVisible();
  await expect(admin.getByLabel("Description")).toHaveValue(before);
  await admin.getByRole("button", { name: "Put them back" }).click();
  await expect(admin.getByLabel("Description")).toHaveValue("Food parcels on Tuesdays and Saturdays; bring a bag.");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "A coordinator will check the change" })).toBeVisible();

  // The public still sees the published text.
  const [, visitor] = await newPage(browser);
  await visitor.goto(serviceHref);
  await expect(visitor.getByText(before.split("\n")[0], { exact: false }).first()).toBeVisible();
  await expect(visitor.getByText("bring a bag")).toHaveCount(0);

  // Approved: now everyone sees it.
  const [, coordinator] = await newPage(browser);
  await signInAs(coordinator, COORDINATOR, PASSWORD);
  await coordinator.goto("/listings/changes");
  await hydrated(coordinator);
  const item = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: "Wesley Hall Food Bank" }) });
  await expect(item.getByRole("row", { name: /Description/ })).toContainText("bring a bag");
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(item).toHaveCount(0);
  await visitor.goto(serviceHref);
  await expect(visitor.getByText("bring a bag")).toBeVisible();
});

// Also guards the search page's typing pause: the result is tapped straight after Search, and
// the service page (a lazy route) must open and stay open.
test("a report about a listing made with no signal is kept on the phone, delivered once when the signal returns, and marked done", async ({ browser }) => {
  const [phoneContext, phone] = await newPage(browser);
  await phone.goto("/");
  await hydrated(phone);
  await savedOnPhone(phone);
  await phone.getByRole("searchbox", { name: "What do you need help with?" }).fill("warm space");
  await phone.getByRole("button", { name: "Search" }).click();
  await phone.getByRole("link", { name: "Warm Space and Community Lunch" }).first().click();
  await expect(phone.getByRole("heading", { level: 1, name: "Warm Space and Community Lunch" })).toBeVisible();

  await phoneContext.setOffline(true);
  await phone.getByRole("link", { name: "Report a problem with this listing" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: /Report a problem with Warm Space/ })).toBeVisible();
  await phone.getByLabel("It has closed").check();
  await phone.getByLabel(/More detail/).fill("The hall is shut for repairs until March");
  await phone.getByRole("button", { name: "Send the report" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "kept on this phone" })).toBeVisible();

  // The signal comes back: the phone sends it (and a second try finds nothing left to send).
  await phoneContext.setOffline(false);
  await expect.poll(() => phone.evaluate(() => localStorage.getItem("signpost-listing-reports"))).toBeNull();
  await phoneContext.setOffline(true);
  await phoneContext.setOffline(false);

  // The organisation sees it once, and marks it done.
  const [, admin] = await newPage(browser);
  await signInAs(admin, WESLEY, PASSWORD);
  await admin.goto("/listings");
  await hydrated(admin);
  const reports = admin.getByRole("region", { name: "Reports from people using the directory" });
  const report = reports.getByRole("listitem").filter({ hasText: "The hall is shut for repairs until March" });
  await expect(report).toHaveCount(1);
  await expect(report).toContainText("It has closed");
  await report.getByRole("button", { name: "Mark as done" }).click();
  await expect(report.getByText("Done", { exact: true })).toBeVisible();
  await expect(report.getByRole("button", { name: "Mark as done" })).toHaveCount(0);
});

test("the listings pages fit a 320 px screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  watch(context);
  const page = await context.newPage();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await signInAs(page, WESLEY, PASSWORD);
  await page.goto("/listings");
  await hydrated(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Wesley Hall Food Bank" }) }).getByRole("link", { name: "Change" }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  const coordinator = await context.newPage();
  await signInAs(coordinator, COORDINATOR, PASSWORD);
  for (const path of ["/listings/changes", "/listings/organisations", "/listings/oruk"]) {
    await coordinator.goto(path);
    await hydrated(coordinator);
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("a coordinator downloads the directory as Open Referral UK, and brings in another directory's file after seeing what it would do, with and without JavaScript", async ({ browser }, testInfo) => {
  const [context, page] = await newPage(browser);
  await signInAs(page, COORDINATOR, PASSWORD);
  await page.goto("/listings/organisations");
  await page.getByRole("link", { name: "Open Referral UK: download the directory or bring in services" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open Referral UK" })).toBeVisible();
  await hydrated(page);

  // The whole directory, as one file.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "The whole directory, as one JSON file" }).click();
  const exported = JSON.parse(fs.readFileSync((await (await download).path())!, "utf8"));
  expect(exported.version).toBe("HSDS-UK-3.0");
  expect(exported.services.length).toBeGreaterThan(10);

  // Another directory's file with one service this one does not have.
  const service = { ...exported.services.find((s: { name: string }) => s.name === "Wesley Hall Food Bank") };
  service.id = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a";
  service.name = "Saturday pantry at Wesley Hall";
  const file = testInfo.outputPath("pantry.json");
  fs.writeFileSync(file, JSON.stringify([service]));
  await page.getByLabel("Open Referral UK file (JSON)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("New: 1. Changed: 0. Already the same: 1. Left out: 0.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Saturday pantry at Wesley Hall" })).toContainText("New");
  await hydrated(page);
  await page.getByRole("button", { name: "Bring in the new and changed records" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Done. Phones get the new and changed services" })).toBeVisible();
  await page.goto("/?q=Saturday+pantry");
  await expect(page.getByRole("link", { name: "Saturday pantry at Wesley Hall" })).toBeVisible();

  // Without JavaScript: the same file renamed is one change, and nothing else.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  watch(plain);
  const noScript = await plain.newPage();
  await signInAs(noScript, COORDINATOR, PASSWORD);
  await noScript.goto("/listings/oruk");
  service.name = "Saturday pantry (Wesley Hall)";
  fs.writeFileSync(file, JSON.stringify([service]));
  await noScript.getByLabel("Open Referral UK file (JSON)").setInputFiles(file);
  await noScript.getByRole("button", { name: "Check the file" }).click();
  await expect(noScript.getByText("New: 0. Changed: 1. Already the same: 1. Left out: 0.")).toBeVisible();
  await noScript.getByRole("button", { name: "Bring in the new and changed records" }).click();
  await expect(noScript.getByRole("status").filter({ hasText: "Done. Phones get the new and changed services" })).toBeVisible();
  await noScript.goto("/?q=Saturday+pantry");
  await expect(noScript.getByRole("link", { name: "Saturday pantry (Wesley Hall)" })).toBeVisible();
  await plain.close();
  await context.close();
});

test("what an admin types into the organisation's details is kept on the phone when the page is left unsaved, and offered back", async ({ browser }) => {
  const [, admin] = await newPage(browser);
  await signInAs(admin, WESLEY, PASSWORD);
  await admin.goto("/listings");
  await hydrated(admin);
  await admin.getByRole("link", { name: "Change your organisation's details" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Your organisation's details" })).toBeVisible();
  await hydrated(admin);
  const description = admin.getByLabel("Description");
  const before = await description.inputValue();
  await description.fill("A Methodist church hall in Highfields: food bank, warm space and English club.");

  // Left without saving, then opened again: offered back, and put back on request.
  await admin.goto("/listings");
  await hydrated(admin);
  await admin.getByRole("link", { name: "Change your organisation's details" }).click();
  await hydrated(admin);
  await expect(admin.getByText("This phone kept changes you typed earlier")).toBeVisible();
  await expect(admin.getByLabel("Description")).toHaveValue(before);
  await admin.getByRole("button", { name: "Put them back" }).click();
  await expect(admin.getByLabel("Description")).toHaveValue(/food bank, warm space and English club/);
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "A coordinator will check the change" })).toBeVisible();

  // Saved: nothing is offered any more.
  await admin.reload();
  await hydrated(admin);
  await expect(admin.getByRole("heading", { level: 1, name: "Your organisation's details" })).toBeVisible();
  await expect(admin.getByText("This phone kept changes you typed earlier")).toHaveCount(0);
});
