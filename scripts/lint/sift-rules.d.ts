// Types of sift-rules.js for the test that runs its rules.
import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: Record<'layers' | 'browser-api' | 'html-sinks' | 'explained-catch', Rule.RuleModule> };
export default plugin;
