import { defineConfig } from "@playwright/test";
import { LISTINGS_PORT, LOCALES_PORT, MAIN_PORT, REFERRALS_PORT, SYNC_PORT, webServer } from "./servers";

// Debian's Chromium, never a downloaded browser. Each project has its own server(s): see
// servers.ts.
export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "en-GB",
    timezoneId: "Europe/London",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "hydrated",
      testMatch: /(directory)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${MAIN_PORT}`, javaScriptEnabled: true },
    },
    {
      name: "no-javascript",
      testMatch: /no-javascript\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${MAIN_PORT}`, javaScriptEnabled: false },
    },
    {
      name: "offline",
      testMatch: /(offline|update)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SYNC_PORT}`, javaScriptEnabled: true },
    },
    {
      name: "two-servers",
      testMatch: /two-servers\.spec\.ts/,
      use: { javaScriptEnabled: true },
    },
    {
      name: "referrals",
      testMatch: /(referrals|shared-phone)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${REFERRALS_PORT}`, javaScriptEnabled: true },
    },
    {
      name: "listings",
      testMatch: /listings\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${LISTINGS_PORT}`, javaScriptEnabled: true },
    },
    {
      name: "locales",
      testMatch: /locales\.spec\.ts/,
      // Sixteen heavy journeys: after the others, so they do not slow the timing-sensitive
      // offline, referral and two-server journeys.
      dependencies: ["hydrated", "no-javascript", "offline", "two-servers", "referrals", "listings"],
      use: { baseURL: `http://127.0.0.1:${LOCALES_PORT}`, javaScriptEnabled: true },
    },
  ],
  webServer: [webServer(MAIN_PORT), webServer(SYNC_PORT), webServer(REFERRALS_PORT), webServer(LISTINGS_PORT), webServer(LOCALES_PORT)],
});
