import { chromium } from 'playwright-core';
const base = 'http://localhost:3100';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function session(email: string | null, lang: 'zh-CN' | 'en', paths: string[], tag: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 500) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(base + '/');
  await page.evaluate((l) => localStorage.setItem('pj.locale', l), lang);
  if (email) {
    await page.goto(base + '/signin');
    await page.getByLabel(/mail|邮箱/i).fill(email);
    await page.getByLabel(/password|密码/i).first().fill('pujiang-demo-2024');
    await page.getByRole('button', { name: /sign in|登录/i }).last().click();
    await page.waitForTimeout(1500);
  }
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForTimeout(1800);
    const name = `${tag}-${p.replace(/[^a-z0-9]+/gi, '_')}`;
    await page.screenshot({ path: `/tmp/pj/shots/${name}.png`, fullPage: true });
  }
  console.log(tag, 'errors:', errors);
  await ctx.close();
}
await session(null, 'en', ['/', '/ledger', '/ledger/programs', '/ledger/providers'], 'anon');
await session('founder@pujiang.example', 'zh-CN', ['/ledger', '/ledger/wallet', '/ledger/orders'], 'founder');
await session('orgadmin@pujiang.example', 'en', ['/ledger', '/ledger/orders'], 'orgadmin');
await session('operator@pujiang.example', 'en', ['/ledger', '/ledger/programs', '/ledger/approvals', '/ledger/reports', '/ledger/reconciliation', '/ledger/settlements', '/ledger/vouchers'], 'op');
await browser.close();
