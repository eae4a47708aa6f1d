import { BrowserContext, Page } from "@playwright/test";
import { expect, test, watch } from "./fixtures";
import { ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SHARED_PHONE_PORT, addAccount, startServer, stopServer } from "../servers";
import { controlled, hydrated, launchProfile, referFamily, signInAs } from "./helpers";

// Two workers share one phone (docs/SYNC-SPEC.md, R13). Worker A refers a family with no
// signal; A's session times out (this server ends sessions after 10 idle seconds); worker B
// signs in on the same browser and must neither see nor send A's referral; when A signs in
// again it is delivered, with A recorded as the one who made it.
test.describe.configure({ mode: "default" });

const PASSWORD = "correct horse battery staple";
const A = "worker-a@zamzam.example.org";
const B = "worker-b@zamzam.example.org";
const RECEIVER = "admin@wesley.example.org";
const BASE = `http://127.0.0.1:${SHARED_PHONE_PORT}`;
const IDLE_SECONDS = 10;

let server: ChildProcess;

test.beforeAll(async () => {
  server = await startServer(SHARED_PHONE_PORT, { SIGNPOST_SESSION_IDLE_SECONDS: String(IDLE_SECONDS) }, { fresh: true });
  for (const [email, org, role] of [
    [A, "ZamZam Unlimited Possibilities", "worker"],
    [B, "ZamZam Unlimited Possibilities", "worker"],
    [RECEIVER, "Wesley Hall Community Centre", "org-admin"],
  ]) {
    addAccount(SHARED_PHONE_PORT, email, org, role, PASSWORD);
  }
});

test.afterAll(async () => {
  await stopServer(server);
});

async function signIn(page: Page, email: string) {
  await signInAs(page, email, PASSWORD);
  await hydrated(page);
}

async function whoCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((c) => c.name === "signpost-who")?.value;
}

test("a referral queued by one worker stays theirs when another signs in on the same phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const person = `Amina Farah ${Date.now() % 100000}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-shared-"));
  const context = await launchProfile(profile, BASE);
  const page = context.pages()[0] ?? (await context.newPage());

  // Worker A signs in, the directory is saved, then the signal goes.
  await signIn(page, A);
  await controlled(page);
  await expect(page.getByRole("status").filter({ hasText: "Saved on this phone" })).toBeVisible();
  await context.setOffline(true);
  await page.goto("/?q=Wesley+Hall+Food+Bank");
  await hydrated(page);
  await page.getByRole("link", { name: "Wesley Hall Food Bank" }).first().click();
  await page.getByRole("link", { name: "Refer a family to this service" }).click();
  await referFamily(page, { person, phone: "0116 496 0555", referrer: A });
  await expect(page.getByRole("listitem").filter({ hasText: person })).toContainText("Waiting to be sent");

  // A leaves the phone: after the idle time the phone forgets who was signed in, and the
  // server's session has ended too.
  await expect.poll(() => whoCookie(context), { timeout: 4 * IDLE_SECONDS * 1000, intervals: [1000] }).toBeUndefined();
  await context.setOffline(false);
  expect((await context.request.get("/api/accounts/v1/me")).status()).toBe(401);

  // B signs in on the same browser: A's referral is neither shown nor sent.
  await signIn(page, B);
  await page.goto("/outbox");
  await hydrated(page);
  await expect(page.getByRole("status").filter({ hasText: "One referral made by another worker waits on this phone" })).toBeVisible();
  await expect(page.getByText(person)).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).toHaveCount(0);
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByRole("button", { name: "Send now" })).toBeEnabled();
  const receiver = await browser.newContext({ baseURL: BASE, locale: "en-GB" });
  watch(receiver);
  const inbox = await receiver.newPage();
  await signIn(inbox, RECEIVER);
  await inbox.goto("/inbox");
  await expect(inbox.getByText("Your organisation's services have not received any referrals yet.")).toBeVisible();

  // B signs out (nothing of B's waits, so no warning); A's referral stays on the phone.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  // A signs in again: the referral goes, as A's.
  await signIn(page, A);
  await page.goto("/outbox");
  await hydrated(page);
  // (A send the sign-in page started may hold the referral for the 30 s of its lease.)
  await expect(page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank" })).toContainText("Delivered to the service", { timeout: 45_000 });
  // The receiver's session idles out too (this server's idle time is IDLE_SECONDS): sign in again.
  await signIn(inbox, RECEIVER);
  await inbox.goto("/inbox");
  await inbox.getByRole("link", { name: new RegExp(person) }).click();
  await expect(inbox.locator("dt", { hasText: "Referred by" }).locator("xpath=following-sibling::dd[1]")).toHaveText(A);
  await receiver.close();
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});
