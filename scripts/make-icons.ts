/** Draws Sift's toolbar and store icons (public/icon/*.png) with Debian's Chromium: `npx tsx scripts/make-icons.ts`. */
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';

const out = resolve(import.meta.dirname, '../public/icon');
const svg = (s: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 128 128">
<rect x="4" y="4" width="120" height="120" rx="26" fill="#0b57d0"/>
<rect x="28" y="30" width="72" height="12" rx="6" fill="#fff"/>
<rect x="28" y="52" width="60" height="10" rx="5" fill="#fff" opacity=".9"/>
<rect x="28" y="70" width="66" height="10" rx="5" fill="#fff" opacity=".9"/>
<rect x="28" y="88" width="44" height="10" rx="5" fill="#fff" opacity=".9"/>
</svg>`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
for (const s of [16, 32, 48, 128]) {
  await p.setViewportSize({ width: s, height: s });
  await p.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(s)}`);
  await p.screenshot({ path: `${out}/${s}.png`, omitBackground: true });
}
await b.close();
