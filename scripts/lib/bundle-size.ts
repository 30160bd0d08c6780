/**
 * Bundle sizes of a built extension, gzipped, against Sift's budgets. Used by
 * `npm run check:size` (part of npm test) and by the benchmark's table.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';

/**
 * The reader over the page carries the clean view's UI (Preact, the panels, the
 * styles) besides extraction and the sanitiser, so it has a budget of its own.
 * analysis: the facts and summary chunk, loaded after the clean view is painted.
 * zip holds the code and data; the bundled fonts (woff2, which does not
 * compress, loaded only when the reader chooses one) have their own budget.
 */
export const BUDGETS_KB = { contentScript: 45, overlayScript: 80, popupJs: 150, zip: 600, fonts: 200, analysis: 64 } as const;

const gz = (buf: Uint8Array) => gzipSync(buf, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The page's module script and every chunk it imports statically: what loads before first paint. */
function pageScripts(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'`()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
      const name = m[1]!;
      visit(dir ? `${dir}/${name}` : name);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export interface BundleSizes {
  /** The click's content script (/inject-view.js). */
  contentScript: number;
  /** The background save's content script (/inject-save.js): same budget. */
  saveScript: number;
  /** The reader over the page (/inject-overlay.js). */
  overlayScript: number;
  popupJs: number;
  background: number;
  /** The chunk of key facts and summary (chunks/analysis-*.js), loaded after paint; -1 when the build has none. */
  analysis: number;
  zip: number;
  /** Bytes of the bundled fonts (fonts/), inside `zip`. */
  fonts: number;
  /** raw bytes of the whole unpacked build */
  total: number;
}

/** Gzipped bytes per part of the build in `outDir` (e.g. .output/chrome-mv3). */
export function measureBundle(outDir: string): BundleSizes {
  const files = walk(outDir);
  const read = (f: string) => readFileSync(resolve(outDir, f));
  const popupGz = gz(Buffer.concat(pageScripts(outDir, 'popup.html').map(read)));
  const zip = zipSync(Object.fromEntries(files.map((f) => [relative(outDir, f), new Uint8Array(readFileSync(f))])), { level: 9 });
  return {
    contentScript: gz(read('inject-view.js')),
    saveScript: gz(read('inject-save.js')),
    overlayScript: gz(read('inject-overlay.js')),
    popupJs: popupGz,
    background: gz(read('background.js')),
    analysis: measureAnalysisChunk(outDir)?.bytes ?? -1,
    zip: zip.length,
    fonts: files.filter((f) => relative(outDir, f).startsWith('fonts')).reduce((n, f) => n + statSync(f).size, 0),
    total: files.reduce((n, f) => n + statSync(f).size, 0),
  };
}

/** The analysis chunk of a build, gzipped; null when the build has none. */
export function measureAnalysisChunk(outDir: string): { bytes: number; file: string } | null {
  const dir = join(outDir, 'chunks');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^analysis-[\w-]+\.js$/.test(n));
  } catch {
    return null;
  }
  const name = names[0];
  if (!name) return null;
  return { bytes: gz(readFileSync(join(dir, name))), file: `chunks/${name}` };
}

export function overBudget(s: BundleSizes): string[] {
  const kb = (n: number) => n / 1024;
  const out: string[] = [];
  if (kb(s.contentScript) > BUDGETS_KB.contentScript)
    out.push(`content script ${kb(s.contentScript).toFixed(1)} KB gz > ${BUDGETS_KB.contentScript} KB`);
  if (kb(s.saveScript) > BUDGETS_KB.contentScript)
    out.push(`save content script ${kb(s.saveScript).toFixed(1)} KB gz > ${BUDGETS_KB.contentScript} KB`);
  if (kb(s.overlayScript) > BUDGETS_KB.overlayScript)
    out.push(`reader over the page ${kb(s.overlayScript).toFixed(1)} KB gz > ${BUDGETS_KB.overlayScript} KB`);
  if (kb(s.popupJs) > BUDGETS_KB.popupJs) out.push(`popup JS ${kb(s.popupJs).toFixed(1)} KB gz > ${BUDGETS_KB.popupJs} KB`);
  if (s.analysis < 0) out.push('no analysis chunk (chunks/analysis-*.js) in the build');
  else if (kb(s.analysis) > BUDGETS_KB.analysis) out.push(`analysis chunk ${kb(s.analysis).toFixed(1)} KB gz > ${BUDGETS_KB.analysis} KB`);
  if (kb(s.zip - s.fonts) > BUDGETS_KB.zip) out.push(`zip ${kb(s.zip - s.fonts).toFixed(1)} KB without fonts > ${BUDGETS_KB.zip} KB`);
  if (kb(s.fonts) > BUDGETS_KB.fonts) out.push(`bundled fonts ${kb(s.fonts).toFixed(1)} KB > ${BUDGETS_KB.fonts} KB`);
  return out;
}
