import { chromium } from '@playwright/test';
import { createServer } from 'node:https';
import { readFileSync, mkdtempSync } from 'node:fs';
const seen = [];
const server = createServer({ key: readFileSync('/tmp/exp/key.pem'), cert: readFileSync('/tmp/exp/cert.pem') }, (req, res) => {
  seen.push({ host: req.headers.host, url: req.url, yt: req.headers['youtube-restrict'] });
  res.writeHead(200, { 'content-type': 'text/html' }); res.end('<h1>ok</h1>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const dir = '/work/wt/filtering/.output/chrome-mv3';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/exp/p-'), { executablePath: '/usr/bin/chromium', headless: true, ignoreHTTPSErrors: true,
  args: ['--host-resolver-rules=MAP * 127.0.0.1', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`] });
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
const r = await sw.evaluate(async () => {
  await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: [1,2,3], addRules: [
    { id: 1, priority: 3, action: { type: 'redirect', redirect: { transform: { queryTransform: { removeParams: ['safe'], addOrReplaceParams: [{ key: 'safe', value: 'active' }] } } } },
      condition: { regexFilter: '^https?://(www\\.)?google\\.(com|[a-z]{2}|com?\\.[a-z]{2})(:[0-9]+)?/search\\?', resourceTypes: ['main_frame'] } },
    { id: 2, priority: 2, action: { type: 'redirect', redirect: { url: 'https://denied.test/' } }, condition: { requestDomains: ['google.de'], resourceTypes: ['main_frame'] } },
  ]});
  return chrome.declarativeNetRequest.getDynamicRules();
});
console.log(JSON.stringify(r).slice(0, 200));
const page = await ctx.newPage();
for (const u of [`https://www.google.com:${port}/search?q=a`, `https://www.google.com:${port}/search?safe=off&q=a&safe=images`, `https://www.google.com:${port}/search?q=a&safe=active`, `https://www.google.com.vn:${port}/search?q=a`, `https://www.google.de:${port}/search?q=a&safe=active`, `http://www.google.com.vn:${port}/search?q=a`]) {
  const chain = [];
  page.on('request', (q) => { if (q.isNavigationRequest()) chain.push(q.url()); });
  try { await page.goto(u); } catch (e) { chain.push('ERR ' + e.message.split('\n')[0]); }
  console.log(u, "=>", page.url(), JSON.stringify(chain));
  page.removeAllListeners('request');
}
console.log(seen);
await ctx.close(); server.close();
