// Lint gate of `npm test` (npm run lint). Type-aware: the rules that matter
// here (floating promises, type-only imports) need the type checker.
import tseslint from 'typescript-eslint';
import sift from './scripts/lint/sift-rules.js';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/**', 'tests/unit/gate-tmp-*/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.base],
    plugins: { sift },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // An empty handler (`.catch(() => {})`) must say in a comment why the error does not matter.
      '@typescript-eslint/no-empty-function': ['error', { allow: [] }],
      'no-empty': 'error',
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'sift/explained-catch': 'error',
    },
  },
  {
    // The layers (docs/design.md): pure core, one browser layer, and HTML written only where it was just sanitised.
    // Product code only: the unit tests beside it may use the test kit and jsdom.
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'sift/layers': 'error',
      'sift/browser-api': 'error',
      'sift/html-sinks': ['error', { allow: ['components/reader/ArticleBody.tsx', 'utils/core/view/prepare.ts'] }],
    },
  },
);
