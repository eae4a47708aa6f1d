import { BrowserContext, Page } from "@playwright/test";
import { expect, test, watch } from "./fixtures";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REFERRALS_PORT, addAccount } from "../servers";
import { controlled, hydrated, launchProfile, signInAs } from "./helpers";

// One journey on its own server: a worker refers a family with no signal, the referral waits
// on the phone (through a reload and a browser restart), is delivered once online, the
// receiving organisation accepts it, and the worker sees that.
test.describe.configure({ mode: "default" });

const PASSWORD = "correct horse battery staple";
const WORKER = "worker@zamzam.example.org";
const RECEIVER = "admin@wesley.example.org";
const BASE = `http://127.0.0.1:${REFERRALS_PORT}`;

function addUser(email: string, org: string, role: string) {
  addAccount(REFERRALS_PORT, email, org, role, PASSWORD);
}

test.beforeAll(() => {
  addUser(WORKER, "ZamZam Unlimited Possibilities", "worker");
  addUser(RECEIVER, "Wesley Hall Community Centre", "org-admin");
});

function launch(profile: string): Promise<BrowserContext> {
  return launchProfile(profile, BASE);
}

function signIn(page: Page, email: string) {
  return signInAs(page, email, PASSWORD);
}

/** What the outbox database holds, as stored (to check nothing personal is in clear). */
function storedOutbox(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("signpost-outbox");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction("entries").objectStore("entries").getAll();
          all.onsuccess = () => {
            resolve(
              all.result.map((r: { receipt: string; sealed?: Uint8Array }) =>
                JSON.stringify({ receipt: r.receipt, sealed: r.sealed ? new TextDecoder().decode(r.sealed) : null }),
              ),
            );
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test("a referral made with no signal waits on the phone, arrives once, and its answer comes back", async ({ browser }) => {
  // A name of its own, so that a repeated run finds exactly its own referral in the inbox.
  const person = `Hodan Warsame ${test.info().repeatEachIndex + 1}-${Date.now() % 100000}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-referrer-"));
  let context = await launch(profile);
  let page = context.pages()[0] ?? (await context.newPage());
  await signIn(page, WORKER);
  await hydrated(page);
  await controlled(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved on this phone" })).toBeVisible();

  // No signal from here.
  await context.setOffline(true);
  await page.goto("/?q=Wesley+Hall+Food+Bank");
  await hydrated(page);
  await page.getByRole("link", { name: "Wesley Hall Food Bank" }).first().click();
  await page.getByRole("link", { name: "Refer a family to this service" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Refer to Wesley Hall Food Bank" })).toBeVisible();

  // Consent first, read in the family's language; nothing else until they agree.
  await expect(page.getByLabel("Person's name")).toBeHidden();
  await page.getByLabel("Language to read the statement in").selectOption({ label: "العربية" });
  const statement = page.locator("blockquote.statement");
  await expect(statement).toHaveAttribute("lang", "ar");
  await expect(statement).toHaveAttribute("dir", "rtl");
  await expect(statement).toContainText("Wesley Hall Food Bank");
  await page.getByLabel("The person has heard this statement and agrees").check();

  // Bad input: a clear message, nothing kept.
  await page.getByRole("button", { name: "Save the referral" }).click();
  await expect(page.getByText("Enter the person's name.")).toBeVisible();
  await expect(page).toHaveURL(/\/refer$/);

  await page.getByLabel("Person's name").fill(person);
  await page.getByLabel("Phone number", { exact: true }).fill("0116 496 0777");
  // A language the list does not have: its name, typed.
  await expect(page.getByLabel("Name of the language")).toBeHidden();
  await page.getByLabel("Preferred language").selectOption({ label: "Another language" });
  await page.getByLabel("Needs an interpreter").check();
  await page.getByRole("group", { name: "What they need help with" }).getByLabel("Food").check();
  await page.getByLabel("Your phone number or email address").fill("worker@zamzam.example.org");
  await page.getByRole("button", { name: "Save the referral" }).click();
  await expect(page.getByText("Type the name of the language, in letters.")).toBeVisible();
  await page.getByLabel("Name of the language").fill("Maay Maay");
  await page.getByRole("button", { name: "Save the referral" }).click();

  await expect(page).toHaveURL(/\/outbox$/);
  const item = page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" });
  await expect(item).toContainText("Waiting to be sent");
  await expect(item).toContainText(person);
  await expect(page.getByRole("status").filter({ hasText: "No connection" })).toBeVisible();
  // Encrypted at rest: the name is nowhere in the stored record.
  const stored = await storedOutbox(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).not.toContain("Hodan");
  expect(stored[0]).not.toContain("0777");

  // Still there after a reload, and after closing and reopening the browser.
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).toContainText("Waiting to be sent");
  await context.close();
  context = await launch(profile);
  await context.setOffline(true);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/outbox");
  await hydrated(page);
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).toContainText("Waiting to be sent");

  // Signal again: sent, and the personal details leave the phone.
  await context.setOffline(false);
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).toContainText("Delivered to the service");
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).not.toContainText("Hodan");
  expect((await storedOutbox(page))[0]).toContain('"sealed":null');

  // The receiving organisation sees it once and accepts it.
  const receiver = await browser.newContext({ baseURL: BASE });
  watch(receiver);
  const inbox = await receiver.newPage();
  await signIn(inbox, RECEIVER);
  await inbox.goto("/inbox");
  await expect(inbox.getByRole("link", { name: new RegExp(person) })).toHaveCount(1);
  await inbox.getByRole("link", { name: new RegExp(person) }).click();
  await expect(inbox.getByText("0116 496 0777")).toBeVisible();
  await expect(inbox.getByText("Maay Maay", { exact: true })).toBeVisible();
  await inbox.getByRole("button", { name: "Accept" }).click();
  await expect(inbox.getByText("Accepted", { exact: true }).first()).toBeVisible();
  await receiver.close();

  // The worker sees the answer after the next sync.
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).toContainText("The service's answer: Accepted");
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test("signing out wipes the referrals on the phone, after a warning if any are unsent", async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-signout-"));
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await signIn(page, WORKER);
  await hydrated(page);
  await controlled(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved on this phone" })).toBeVisible();
  await context.setOffline(true);
  await page.goto("/?q=Laptop+Loans");
  await hydrated(page);
  await page.getByRole("link", { name: "Laptop Loans" }).first().click();
  await page.getByRole("link", { name: "Refer a family to this service" }).click();
  await page.getByLabel("The person has heard this statement and agrees").check();
  await page.getByLabel("Person's name").fill("Jan Kowalski");
  await page.getByLabel("How they want to be contacted").selectOption({ label: "Through the person who made the referral" });
  await page.getByLabel("Preferred language").selectOption({ label: "Polish" });
  await page.getByLabel("The support needed, in your words").fill("A laptop for college work");
  await page.getByLabel("Your phone number or email address").fill("0116 496 0001");
  await page.getByRole("button", { name: "Save the referral" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Laptop Loans" })).toContainText("Waiting to be sent");

  // Declining the warning keeps everything.
  page.once("dialog", (d) => {
    expect(d.message()).toContain("One referral has not been sent yet");
    void d.dismiss();
  });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Laptop Loans" })).toBeVisible();

  // Accepting it wipes the outbox (signing out itself needs the connection).
  await context.setOffline(false);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await storedOutbox(page)).toEqual([]);
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test("an organisation admin invites a member, who makes their own account from the link, once, and can take the access away", async ({ page, browser }) => {
  await signIn(page, RECEIVER);
  await page.goto("/inbox");
  await hydrated(page);
  await page.getByRole("link", { name: "Invite a member" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite a member" })).toBeVisible();
  await page.getByRole("radio", { name: "Worker" }).check();
  await page.getByRole("button", { name: "Make an invitation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The invitation link is ready" })).toBeVisible();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(new RegExp(`^${BASE}/invite/[0-9a-f]{64}$`));
  await expect(page).toHaveURL(/\/members\/invite$/);

  // The new member, in a browser of their own.
  const newcomer = await browser.newContext({ baseURL: BASE, locale: "en-GB" });
  watch(newcomer);
  const theirs = await newcomer.newPage();
  await theirs.goto(link);
  await hydrated(theirs);
  await expect(theirs.getByRole("heading", { level: 1, name: "Join your organisation on Signpost" })).toBeVisible();
  const email = `new-${Date.now()}@wesley.example.org`;
  await theirs.getByLabel("Email address").fill(email);
  await theirs.getByLabel("Choose a password").fill(PASSWORD);
  await theirs.getByRole("button", { name: "Create my account" }).click();
  await expect(theirs).toHaveURL(/\/$/);
  const me = await newcomer.request.get("/api/accounts/v1/me");
  expect(await me.json()).toMatchObject({ role: "worker" });

  // The link works once.
  const late = await browser.newContext({ baseURL: BASE, locale: "en-GB" });
  watch(late);
  const again = await late.newPage();
  await again.goto(link);
  await again.getByLabel("Email address").fill("someone-else@wesley.example.org");
  await again.getByLabel("Choose a password").fill(PASSWORD);
  await again.getByRole("button", { name: "Create my account" }).click();
  await expect(again.getByRole("alert")).toHaveText("This invitation link has expired or has already been used. Ask for a new one.");

  // When they leave, the admin takes their access away, and their session ends at once.
  await page.goto("/inbox");
  await hydrated(page);
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toBeVisible();
  await page.getByRole("button", { name: `Remove access for ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Access removed." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  expect((await newcomer.request.get("/api/accounts/v1/me")).status()).toBe(401);
  await newcomer.close();
  await late.close();
});
