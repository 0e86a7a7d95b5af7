import { defineConfig, devices } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CHROMIUM_ARGS, resolveChromium } from "./scripts/lib/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The local HelseID-like provider (tests/helpers/oidc-provider.ts) that tests/e2e/sso.spec.ts starts
// on this port; the app reads HELSEID_* per request, so the other specs never need it running.
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 3391);
// The local Entra-like provider that tests/e2e/sso-entra.spec.ts starts (decision 0021).
const ENTRA_PORT = Number(process.env.E2E_ENTRA_PORT ?? 3392);
const ssoKeys = JSON.parse(readFileSync(new URL("./tests/helpers/sso-test-keys.json", import.meta.url), "utf8")) as { client: object };
// CHROMIUM_PATH, else /usr/bin/chromium, else the one in the npm package @sparticuz/chromium.
const chromium = resolveChromium();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/playwright-results.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium.executablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // A fresh embedded database for every run, on its own port and data directory.
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${PORT}/logg-inn`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      LIS_DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "5436",
      DEMO_MODE: "1",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: "e2e-test-secret-not-for-production-000000",
      SMTP_URL: process.env.E2E_SMTP_URL ?? "",
      // HelseID login next to the password login (both shown: LOGIN_PROVIDERS unset).
      HELSEID_ISSUER: `http://localhost:${IDP_PORT}`,
      HELSEID_CLIENT_ID: "lis-koordinering-test",
      HELSEID_PRIVATE_KEY: JSON.stringify(ssoKeys.client),
      HELSEID_MIN_SECURITY_LEVEL: "3",
      // Entra ID beside them, with a client secret (the local provider is Entra-like: no PAR, PKCE required).
      ENTRA_ISSUER: `http://localhost:${ENTRA_PORT}`,
      ENTRA_CLIENT_ID: "lis-koordinering-entra-test",
      ENTRA_CLIENT_SECRET: "entra-test-secret-not-for-production",
    },
  },
});
