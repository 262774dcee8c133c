// The package boundaries of issue #10, checked on every import: a package (libs/<name>,
// projections, apps/<name>) is entered only through its index, an app never imports another app
// (apps/crm composes the others through their index), and libraries never reach into apps.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** 'libs/domain', 'apps/api', 'projections', 'test', 'bench'... for a path inside the repo. */
function packageOf(path) {
  const [top, name] = relative(root, path).split(sep);
  return top === 'libs' || top === 'apps' ? `${top}/${name}` : top;
}

function indexOf(pkg) {
  if (pkg === 'projections') return resolve(root, 'projections', 'index.ts');
  return resolve(root, pkg, 'src', 'index.ts');
}

/** Tests and the bench reach into apps and packages to exercise them; production code does not. */
const isTestFile = (file) =>
  /\.(spec|int-spec|e2e-spec|contract)\.ts$/.test(file) || /[/\\]testing[/\\]/.test(file) || ['test', 'bench'].includes(packageOf(file));

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Packages are entered through their index; apps never import apps.' },
    schema: [],
    messages: {
      internals: "'{{source}}' reaches into {{target}}: import it through its index (#crm/...).",
      deepAlias: "'{{source}}' reaches past the library's index: import '{{alias}}' instead.",
      appToApp: "'{{source}}': an app never imports another app — shared code goes in libs/ or projections/.",
      libToApp: "'{{source}}': {{from}} may not import from an app.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = packageOf(file);
    const testing = isTestFile(file);
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      const deep = /^#crm\/([^/]+)\/.+/.exec(source);
      if (deep) {
        context.report({ node: node.source, messageId: 'deepAlias', data: { source, alias: `#crm/${deep[1]}` } });
        return;
      }
      if (!source.startsWith('.')) return;
      const target = resolve(dirname(file), source.replace(/\.js$/, '.ts'));
      const to = packageOf(target);
      if (to === from) return;
      const report = (messageId) => context.report({ node: node.source, messageId, data: { source, target: to, from } });
      if (to.startsWith('apps/')) {
        if (testing) return;
        if (from === 'apps/crm' && target === indexOf(to)) return;
        report(from.startsWith('apps/') ? 'appToApp' : 'libToApp');
        return;
      }
      if (testing) return;
      if (to.startsWith('libs/') || to === 'projections') report('internals');
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
