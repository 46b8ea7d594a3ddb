// ESLint: typescript-eslint's recommended rules, and the import rules that keep the stages apart
// (issue 18): the command line sees only the public API (src/index.ts), no stage imports a later
// one, and no module imports itself round a cycle. `npm run lint`; part of `npm test`.
//
// Stages, earliest first (a file may import its own stage and earlier ones):
//   vietnamese, knowledge → decode (read) → restore → segment, tree → extract → schema
//   → pipeline, default-restorer → emit, report, batch, on-demand → index.ts → cli
// errors.ts and lazy.ts are below every stage. Type-only imports of the contracts (schema/, tree/) are allowed
// from any stage: the types are the zod schema's (z.infer), and every stage speaks them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/** Stages by folder or top-level file, earliest first; each entry lists what is in one tier. */
const TIERS = [
  ['vietnamese', 'knowledge'],
  ['decode', 'read'],
  ['restore'],
  ['segment', 'tree'],
  ['extract'],
  ['schema'],
  ['pipeline.ts', 'default-restorer.ts', 'convert.ts'],
  ['emit', 'report', 'batch', 'on-demand.ts'],
  ['index.ts'],
  ['cli'],
];
/** Contracts that earlier stages may import types from. */
const CONTRACTS = new Set(['schema', 'tree']);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An import source that names `unit` (a stage folder, or a top-level file by its .js name). */
const sourceOf = (unit) => (unit.endsWith('.ts') ? `(^|/)${escape(unit.replace(/\.ts$/, '.js'))}$` : `(^|/)${escape(unit)}/`);
/** The files of a unit. */
const filesOf = (unit) => (unit.endsWith('.ts') ? [`src/${unit}`] : [`src/${unit}/**/*.ts`]);

/** For each tier but the last two (index.ts and cli have rules of their own), no import of a later tier. */
const stageOrder = TIERS.slice(0, -2).map((tier, i) => {
  const later = TIERS.slice(i + 1)
    .flat()
    .filter((unit) => unit !== 'index.ts');
  return {
    files: tier.flatMap(filesOf),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: later.map((unit) => ({
            regex: sourceOf(unit),
            allowTypeImports: CONTRACTS.has(unit),
            message: `${unit} is a later stage than this file's (see eslint.config.js).`,
          })),
        },
      ],
    },
  };
});

/** Outside the command line, only files of src/cli/ and the public API: src/index.ts. */
const cliOnlyPublicApi = [
  { files: ['src/cli/*.ts'], above: '\\.\\./' },
  { files: ['src/cli/commands/*.ts'], above: '\\.\\./\\.\\./' },
].map(({ files, above }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^${above}(?!index\\.js$)`,
            message: 'the command line imports the library only through src/index.ts (its public API).',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'assembly/**', 'src/restore/wasm/*-bytes.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' } },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.js', '.json', '.node'], extensionAlias: { '.js': ['.ts', '.js'] } }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Control characters in regular expressions are on purpose here (binary sniffing, terminal safety).
      'no-control-regex': 'off',
      // Sequential writers advance their offset after the last write too, for symmetry.
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // A double cast hides a type error instead of fixing it: parse at the boundary instead. Tests
    // may still cast what crosses into a browser page or a library's loose types.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
          message: 'no `as unknown as`: check the value (a type guard, a parser) instead.',
        },
      ],
    },
  },
  {
    // The scripts run each other when asked to (learn-channel.ts rebuilds the candidate table after
    // it): a dynamic import back into a module that imports it is no cycle at load time.
    files: ['scripts/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }] },
  },
  {
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', module: 'writable', __filename: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...stageOrder,
  ...cliOnlyPublicApi,
);
