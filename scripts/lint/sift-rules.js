// Sift's own lint rules: the layering and safety rules of docs/design.md, as
// gates of `npm test`. Plain JavaScript, so eslint.config.js loads it as is.
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The file's path from the repository root, with forward slashes. */
function repoPath(file, root = ROOT) {
  const abs = isAbsolute(file) ? file : resolve(root, file);
  return relative(root, abs).split(sep).join('/');
}

const under = (path, dirs) => dirs.some((d) => path === d || path.startsWith(`${d}/`));

/** The repository path an import specifier names, or null for a package. */
function importTarget(spec, fromFile, root) {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('./') || spec.startsWith('../')) return repoPath(join(dirname(resolve(root, fromFile)), spec), root);
  return null;
}

/** Packages that are the browser: only the platform layer and entry points may import them. */
const BROWSER_PACKAGES =
  /^(?:wxt\/browser|#imports|webextension-polyfill|@wxt-dev\/webextension-polyfill|wxt\/utils\/.*|@wxt-dev\/storage)$/;

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'utils/core imports nothing from the browser layer, the UI, the entry points, scripts or tests' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      layer: 'utils/core must not import {{target}}: pure code does not depend on {{layer}}.',
      browser: 'utils/core must not import "{{spec}}": only utils/platform and entrypoints touch the browser.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? ROOT;
    const file = repoPath(context.filename, root);
    if (!under(file, ['utils/core'])) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      if (BROWSER_PACKAGES.test(spec)) return context.report({ node, messageId: 'browser', data: { spec } });
      const target = importTarget(spec, file, root);
      if (!target) return;
      for (const layer of ['utils/platform', 'components', 'entrypoints', 'scripts', 'tests']) {
        if (under(target, [layer])) return context.report({ node, messageId: 'layer', data: { target, layer } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

const browserApi = {
  meta: {
    type: 'problem',
    docs: { description: 'the extension APIs (`browser`, `chrome`) are used only in utils/platform and entrypoints' },
    schema: [{ type: 'object', properties: { root: { type: 'string' }, allow: { type: 'array', items: { type: 'string' } } } }],
    messages: { api: '`{{name}}` is the extension API: call it from utils/platform (or an entry point), not from {{file}}.' },
  },
  create(context) {
    const root = context.options[0]?.root ?? ROOT;
    const allow = context.options[0]?.allow ?? ['utils/platform', 'entrypoints'];
    const file = repoPath(context.filename, root);
    if (under(file, allow)) return {};
    const report = (node, name) => context.report({ node, messageId: 'api', data: { name, file } });
    return {
      ImportDeclaration(node) {
        if (BROWSER_PACKAGES.test(node.source.value)) report(node, node.source.value);
      },
      Identifier(node) {
        if (node.name !== 'browser' && node.name !== 'chrome') return;
        const p = node.parent;
        // `import { browser }` is reported once, at the import.
        if (p.type === 'ImportSpecifier' || p.type === 'ImportDefaultSpecifier' || p.type === 'ImportNamespaceSpecifier') return;
        // A property name (x.browser, { browser: 1 }) or a type position is not the API.
        if (p.type === 'MemberExpression' && p.property === node && !p.computed) return;
        if (p.type === 'Property' && p.key === node && !p.computed && p.value !== node) return;
        if (p.type.startsWith('TS') && p.type !== 'TSNonNullExpression' && p.type !== 'TSAsExpression') return;
        const scope = context.sourceCode.getScope(node);
        const variable = findVariable(scope, node.name);
        // A local of that name (a parameter, a const) is not the global.
        if (variable && variable.defs.length > 0 && variable.defs[0].type !== 'ImportBinding') return;
        report(node, node.name);
      },
    };
  },
};

function findVariable(scope, name) {
  for (let s = scope; s; s = s.upper) {
    const v = s.set.get(name);
    if (v) return v;
  }
  return null;
}

const htmlSinks = {
  meta: {
    type: 'problem',
    docs: { description: 'HTML is written into a document only where it has just been sanitised' },
    schema: [{ type: 'object', properties: { root: { type: 'string' }, allow: { type: 'array', items: { type: 'string' } } } }],
    messages: {
      sink: '{{sink}} writes HTML: only {{allowed}} may, right after sanitising it (utils/core/extract/sanitize.ts).',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? ROOT;
    const allow = context.options[0]?.allow ?? [];
    const file = repoPath(context.filename, root);
    if (allow.includes(file)) return {};
    const report = (node, sink) => context.report({ node, messageId: 'sink', data: { sink, allowed: allow.join(' and ') || 'no file' } });
    const name = (m) => (m.computed ? (m.property.type === 'Literal' ? m.property.value : null) : m.property.name);
    return {
      AssignmentExpression(node) {
        if (node.left.type !== 'MemberExpression') return;
        const n = name(node.left);
        if (n === 'innerHTML' || n === 'outerHTML' || n === 'srcdoc') report(node, `Setting ${n}`);
      },
      CallExpression(node) {
        if (node.callee.type !== 'MemberExpression') return;
        const n = name(node.callee);
        if (n === 'insertAdjacentHTML' || n === 'createContextualFragment' || n === 'setHTMLUnsafe') report(node, `${n}()`);
        if ((n === 'write' || n === 'writeln') && node.callee.object.type === 'Identifier' && node.callee.object.name === 'document') {
          report(node, `document.${n}()`);
        }
      },
      JSXAttribute(node) {
        if (node.name.name === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML');
      },
    };
  },
};

/** A handler that swallows an error (`.catch(() => {})`, `.catch(() => undefined)`). */
function swallows(fn) {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return false;
  const b = fn.body;
  if (b.type === 'BlockStatement') return b.body.length === 0;
  return (b.type === 'Identifier' && b.name === 'undefined') || (b.type === 'Literal' && b.value === null) || b.type === 'UnaryExpression';
}

const explainedCatch = {
  meta: {
    type: 'suggestion',
    docs: { description: 'an error swallowed by .catch(() => …) comes with a comment that says why it does not matter' },
    schema: [],
    messages: { why: 'This .catch swallows the error: say in a comment (inside it, on its line or just above) why that is safe.' },
  },
  create(context) {
    const sc = context.sourceCode;
    return {
      CallExpression(node) {
        const c = node.callee;
        if (c.type !== 'MemberExpression' || c.computed || c.property.name !== 'catch') return;
        const handler = node.arguments[0];
        if (!handler || !swallows(handler)) return;
        if (sc.getCommentsInside(handler).length) return;
        const line = node.loc.start.line;
        // Just above the statement, just above the .catch of a chain, or on the .catch's own line.
        const catchLine = c.property.loc.start.line;
        const explained = sc
          .getAllComments()
          .some(
            (cm) => [line - 1, catchLine - 1].includes(cm.loc.end.line) || [line, catchLine, node.loc.end.line].includes(cm.loc.start.line),
          );
        if (!explained) context.report({ node: handler, messageId: 'why' });
      },
    };
  },
};

export default {
  meta: { name: 'sift' },
  rules: { layers, 'browser-api': browserApi, 'html-sinks': htmlSinks, 'explained-catch': explainedCatch },
};
