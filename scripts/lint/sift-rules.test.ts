import { afterAll, describe, expect, it } from 'vitest';
import { RuleTester, ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'prettier';
import sift from './sift-rules.js';

// Each gate of `npm run lint`, shown failing on a file that breaks it, and passing on one that keeps it.
RuleTester.describe = describe;
RuleTester.it = it;
(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;

const ROOT = '/repo';
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const at = (path: string) => `${ROOT}/${path}`;
const opts = [{ root: ROOT }];

tester.run('sift/layers', sift.rules.layers, {
  valid: [
    { filename: at('utils/core/facts/a.ts'), code: "import { x } from '../text/words';", options: opts },
    { filename: at('utils/platform/tabs.ts'), code: "import { browser } from 'wxt/browser';", options: opts },
    { filename: at('components/reader/A.tsx'), code: "import { x } from '@/utils/platform/tabs';", options: opts },
  ],
  invalid: [
    {
      filename: at('utils/core/facts/a.ts'),
      code: "import { x } from '../../platform/tabs';",
      options: opts,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: at('utils/core/view/a.ts'),
      code: "import { X } from '@/components/reader/X';",
      options: opts,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: at('utils/core/extract/a.ts'),
      code: "import { d } from '../../../scripts/lib/dom';",
      options: opts,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: at('utils/core/a.ts'),
      code: "const m = import('../../entrypoints/popup/main');",
      options: opts,
      errors: [{ messageId: 'layer' }],
    },
    { filename: at('utils/core/a.ts'), code: "import { storage } from '#imports';", options: opts, errors: [{ messageId: 'browser' }] },
  ],
});

tester.run('sift/browser-api', sift.rules['browser-api'], {
  valid: [
    { filename: at('utils/platform/x.ts'), code: "import { browser } from 'wxt/browser'; browser.tabs.create({});", options: opts },
    { filename: at('entrypoints/background.ts'), code: 'chrome.runtime.id;', options: opts },
    { filename: at('components/A.tsx'), code: 'const o = { browser: 1 }; o.browser; const chrome = 2; chrome;', options: opts },
  ],
  invalid: [
    {
      filename: at('components/reader/A.tsx'),
      code: "import { browser } from 'wxt/browser'; browser.tabs.create({});",
      options: opts,
      errors: [{ messageId: 'api' }, { messageId: 'api' }],
    },
    { filename: at('utils/core/a.ts'), code: 'chrome.storage.local.get();', options: opts, errors: [{ messageId: 'api' }] },
  ],
});

const sinks = [{ root: ROOT, allow: ['components/reader/ArticleBody.tsx'] }];
tester.run('sift/html-sinks', sift.rules['html-sinks'], {
  valid: [
    {
      filename: at('components/reader/ArticleBody.tsx'),
      code: 'const a = <div dangerouslySetInnerHTML={{ __html: h }} />;',
      options: sinks,
    },
    { filename: at('utils/core/a.ts'), code: 'const h = el.innerHTML; el.textContent = t;', options: sinks },
  ],
  invalid: [
    { filename: at('components/A.tsx'), code: 'el.innerHTML = page;', options: sinks, errors: [{ messageId: 'sink' }] },
    { filename: at('components/A.tsx'), code: "el['outerHTML'] = page;", options: sinks, errors: [{ messageId: 'sink' }] },
    {
      filename: at('components/A.tsx'),
      code: "el.insertAdjacentHTML('beforeend', page);",
      options: sinks,
      errors: [{ messageId: 'sink' }],
    },
    { filename: at('components/A.tsx'), code: 'document.write(page);', options: sinks, errors: [{ messageId: 'sink' }] },
    {
      filename: at('components/A.tsx'),
      code: 'const a = <div dangerouslySetInnerHTML={{ __html: h }} />;',
      options: sinks,
      errors: [{ messageId: 'sink' }],
    },
  ],
});

tester.run('sift/explained-catch', sift.rules['explained-catch'], {
  valid: [
    { code: 'p.catch((e) => report(e));' },
    { code: '// The tab may be gone: nothing to undo.\np.catch(() => undefined);' },
    { code: 'p.catch(() => {\n  // Best effort.\n});' },
    { code: 'p.catch(() => undefined); // reported through the transaction' },
    { code: 'p\n  .then(f)\n  // Without it the view still works.\n  .catch(() => undefined);' },
  ],
  invalid: [
    { code: 'p.catch(() => {});', errors: [{ messageId: 'why' }] },
    { code: 'p.catch(() => undefined);', errors: [{ messageId: 'why' }] },
    { code: 'p.then(f).catch(function () {});', errors: [{ messageId: 'why' }] },
  ],
});

describe('the lint and format gates on real files', () => {
  const repo = resolve(import.meta.dirname, '../..');
  // Inside the project (not a dot folder), so the type-aware rules see the file as the project's.
  const dir = mkdtempSync(join(repo, 'tests/unit/gate-tmp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('npm run lint fails on a floating promise, an unused variable and a value import used as a type', async () => {
    const file = join(dir, 'violations.ts');
    const code = [
      "import { Readability } from '@mozilla/readability';",
      'const unused = 1;',
      'async function work(): Promise<void> {}',
      'work();',
      'export type R = Readability;',
      '',
    ].join('\n');
    writeFileSync(file, code);
    const [result] = await new ESLint({ cwd: repo, ignore: false }).lintFiles([file]);
    const rules = new Set(result!.messages.map((m) => m.ruleId ?? m.message));
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
    expect(rules).toContain('@typescript-eslint/no-unused-vars');
    expect(rules).toContain('@typescript-eslint/consistent-type-imports');
  });

  it('the format check fails on a file Prettier would rewrite', async () => {
    const config = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(repo, '.prettierrc.json'), 'utf8')));
    const messy = 'const a = {b:1,   c:"x"}\n';
    const formatted = await format(messy, { ...config, filepath: 'x.ts' });
    expect(formatted).not.toBe(messy);
    expect(await format(formatted, { ...config, filepath: 'x.ts' })).toBe(formatted);
  });
});
