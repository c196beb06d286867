// Bundles the three shipped programs: the VS Code client, the language server and the CLI.
// esbuild does not type-check; `npm run typecheck` does.
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  legalComments: 'linked',
  // jsonc-parser's UMD build uses dynamic requires that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // Keep CJK dictionaries as UTF-8 rather than \uXXXX escapes: the server bundle is about 40% smaller.
  charset: 'utf8',
  // The server reports package.json's version (SERVER_VERSION in server/src/lsp/startServer.ts).
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};
const shebang = { js: '#!/usr/bin/env node' };
// The client is two files (issue 13 item 8, first squiggle): extension.js (about 30 KB) forks the server at activation
// and only then loads languageClient.js (vscode-languageclient, about 450 KB), so that loading the library and starting
// the server overlap. `import('./languageClient.js')` stays a runtime require (dynamic import lowered); the other lazy
// imports (preview, Word, templates, rule help) are inside extension.js and evaluated on their command's first use.
const client = { ...common, external: ['vscode'] };
// The language server loads its on-demand code (server/src/lsp/heavy.ts: Word, preview pagination, templates) from a
// file of its own, server/dist/server-heavy.js, on first use: `import('./heavy.js')` stays a require of that file.
const heavyApart = {
  name: 'server-heavy-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/heavy\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && dirname(args.importer).endsWith(join('server', 'src', 'lsp'))
        ? { path: './server-heavy.js', external: true }
        : undefined,
    );
  },
};
const builds = [
  {
    ...client,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'client/dist/extension.js',
    external: ['vscode', './languageClient.js'],
    supported: { 'dynamic-import': false },
  },
  { ...client, entryPoints: ['client/src/languageClient.ts'], outfile: 'client/dist/languageClient.js' },
  // server.js is the launcher (server/src/launch.ts: the code cache); server-main.js the server.
  { ...common, entryPoints: ['server/src/launch.ts'], outfile: 'server/dist/server.js', banner: shebang },
  {
    ...common,
    entryPoints: ['server/src/server.ts'],
    outfile: 'server/dist/server-main.js',
    plugins: [heavyApart],
    supported: { 'dynamic-import': false },
  },
  { ...common, entryPoints: ['server/src/lsp/heavy.ts'], outfile: 'server/dist/server-heavy.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/dist/cli.js', banner: shebang },
];

const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  // The two package.json bins must be executable when run from a checkout (npx gongwen-lint).
  for (const f of ['server/dist/server.js', 'server/dist/cli.js']) chmodSync(f, 0o755);
}
