import { chromium } from "@playwright/test";
const [url, out, width, height] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width || 1280), height: Number(height || 900) } });
const res = await page.goto(url); console.log(res.status());
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
