// Browser tests' harness: the real server as a child process on a free port with its own data
// folder, Debian's Chromium driven by playwright-core, and numbered screenshots kept in
// test-results/screenshots/ as CI artifacts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { PlatformRole } from '../../src/shared/enums.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

/** The flags Chromium needs on this machine: root, no GPU, and a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh, empty data folder for one server. */
export function tempDataDir(tag = 'browser'): string {
  return mkdtempSync(join(tmpdir(), `pujiang-${tag}-`));
}

/**
 * Creates an account through the CLI (`pujiang user add`) in the data folder before the server
 * opens it (PGlite allows one process at a time), the way an operator's first account is made.
 */
export function createAccount(
  dataDir: string,
  input: { email: string; name: string; password: string; platformRole?: PlatformRole },
): void {
  const args = ['src/cli/main.ts', 'user', 'add', '--email', input.email, '--name', input.name, '--password-stdin'];
  if (input.platformRole) args.push('--platform-role', input.platformRole);
  const r = spawnSync(NODE, args, {
    cwd: ROOT,
    env: { ...process.env, PUJIANG_DATA_DIR: dataDir, PUJIANG_SEED: 'none', PUJIANG_JOBS: 'false' },
    input: input.password,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pujiang user add failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `src/server/main.ts` as a child process and waits until /api/health answers 200. */
export async function startServer(opts: { dataDir: string; seed?: 'none' | 'demo'; env?: Record<string, string>; timeoutMs?: number }): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(NODE, ['src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PUJIANG_PORT: String(port),
      PUJIANG_HOST: '127.0.0.1',
      PUJIANG_PUBLIC_URL: url,
      PUJIANG_DATA_DIR: opts.dataDir,
      PUJIANG_SEED: opts.seed ?? 'none',
      PUJIANG_LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = code ?? -1;
      resolve();
    }),
  );

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited !== null) throw new Error(`the server exited with ${exited} before answering:\n${out}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health within the time limit:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    port,
    dataDir: opts.dataDir,
    output: () => out,
    async stop() {
      if (exited === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exit;
        clearTimeout(timer);
      }
    },
  };
}

/** Launches headless Debian Chromium; playwright gives each launch a fresh user-data folder. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * The people of the browser tests ask their system for less motion, as some users do: the app
 * then shows dialogs and popovers at once, so no click lands on one still zooming in (which, on a
 * loaded machine, Playwright's stability check does not always catch).
 */
export const REDUCED_MOTION = { reducedMotion: 'reduce' } as const;

/** A new browser profile (cookies, storage) for one person, in the given UI language. */
export async function newContext(browser: Browser, baseURL: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL, locale, viewport: { width: 1280, height: 860 }, ...REDUCED_MOTION });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

/** Numbered screenshots for one test file, e.g. test-results/screenshots/flow-03-org-created.png. */
export function screenshotter(prefix: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Pictures of an earlier run would mix with this run's numbering.
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith(`${prefix}-`)) rmSync(join(SCREENSHOTS, f));
  let n = 0;
  return async (page: Page, name: string): Promise<string> => {
    n++;
    const path = join(SCREENSHOTS, `${prefix}-${String(n).padStart(2, '0')}-${name}.png`);
    // Let lazy screens and their data arrive, so the picture shows the screen and not a skeleton.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
}

/** Collects uncaught page errors and failed API answers (5xx), which a test then asserts empty. */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 500) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return { errors };
}

/** Polls `fn` until it returns a value accepted by `ok`, or fails with the last value seen. */
export async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Removes a data folder (best effort: a crashed server may still hold files). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A person's profile on a 1366×768 laptop screen in Shanghai (the size the facility screens are checked at). */
export async function newLaptopContext(browser: Browser, baseURL: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL, locale, timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 }, acceptDownloads: true, ...REDUCED_MOTION });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

/** The input behind a test id (antd puts the id on the input itself or on its wrapper). */
export async function inputOf(page: Page, testId: string) {
  const el = page.getByTestId(testId);
  const tag = await el.evaluate((n) => n.tagName);
  return tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input, textarea').first();
}

/**
 * Fills a field and checks that the text landed there: while an antd form re-renders, a
 * keystroke can reach the field that still had the focus (the ledger market test's lesson).
 */
export async function fillField(page: Page, testId: string, value: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const input = await inputOf(page, testId);
    await input.click();
    await input.fill(value);
    if ((await input.inputValue()) === value || attempt === 4) return;
  }
}

/** Chooses an option of an antd Select by its label (typing `search` first for searchable ones), then closes the list. */
export async function pickSelectOption(page: Page, testId: string, label: string, search?: string): Promise<void> {
  const select = page.getByTestId(testId);
  await eventually(
    async () => {
      if ((await select.innerText()).includes(label)) return true;
      if (!(await page.locator('.ant-select-dropdown:visible').count())) {
        await select.click();
        if (search) await page.keyboard.type(search);
      }
      const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label });
      if (await option.count()) await option.first().click({ timeout: 2_000 }).catch(() => undefined);
      return (await select.innerText()).includes(label);
    },
    (shown) => shown,
    `${testId} shows ${label}`,
  );
  // A list still open would cover the fields below it.
  for (let i = 0; i < 10 && (await page.locator('.ant-select-dropdown:visible').count()); i++) {
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden', timeout: 1_000 }).catch(() => undefined);
  }
}

/** The text of the element behind a test id, once it shows what `ok` wants. */
export async function textOfTestId(page: Page, testId: string, ok: (s: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  return eventually(() => page.getByTestId(testId).innerText(), ok, what, timeoutMs);
}
