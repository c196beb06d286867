// ESLint flat config: the project's own invariants (layers, one rule per file, sizes) plus unused code and
// duplicate imports. Formatting is Prettier's job (`npm run format`); import cycles are checked by
// scripts/check-cycles.mjs (TypeScript's own parser, type-only imports ignored). `npm run lint` runs all three.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in module, bare-named (fs, path, worker_threads …): the same list the architecture test uses.
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** The core is pure: no editor, no Node, no adapter code. */
const NO_NODE = '核心层不得依赖 Node / the core must not import Node built-ins';
const corePaths = NODE_BUILTINS.map((name) => ({ name, message: NO_NODE }));
const corePatterns = [
  { regex: '^vscode', message: '核心层不得依赖编辑器 / the core must not import vscode*' },
  { regex: '^node:', message: NO_NODE },
  {
    regex: '^(\\.\\./)+(lsp|node|cli|server)(/|$)',
    message: '核心层不得依赖适配层 / the core must not import ../lsp, ../node, ../cli or ../server',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      '**/dist/',
      '.cache/',
      'bench/results/',
      'test/golden/fixtures/',
      'test/e2e/screenshots/',
      '**/*.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          vars: 'all',
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
      'no-duplicate-imports': ['error', { includeExports: false, allowSeparateTypeImports: true }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: corePaths, patterns: corePatterns }] },
  },
  {
    // A rule imports no other rule: only core modules (`../…`). Shared rule helpers live outside rules/.
    // (rules/index.ts is the registry.)
    files: ['server/src/core/rules/*.ts'],
    ignores: ['server/src/core/rules/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: corePaths,
          patterns: [
            ...corePatterns,
            {
              regex: '^\\./',
              message: '规则之间不得相互导入，共享代码放到 core/ / a rule imports no other rule: move shared code to core/',
            },
          ],
        },
      ],
    },
  },
  {
    // The client is thin: VS Code, the language client, Node built-ins and the shared protocol types only.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!vscode$|vscode-languageclient(/.*)?$|node:|\\./|\\.\\./\\.\\./server/src/lsp/protocol$|\\.\\./\\.\\./\\.\\./server/src/lsp/protocol$)',
              message:
                '客户端只可导入 vscode、vscode-languageclient、Node 内置模块和 server/src/lsp/protocol / the client may import only vscode, vscode-languageclient*, node:* and ../../server/src/lsp/protocol',
            },
          ],
        },
      ],
    },
  },
  {
    // Size limits (warnings): no file over 500 lines, no function over 80 lines. Generated data aside.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/core/data/**'],
    rules: {
      'max-lines': ['warn', { max: 500, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
);
