import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Syntax no file may use. */
const RESTRICTED = [
  {
    selector:
      "MemberExpression[object.object.name='process'][object.property.name='env'][property.name=/^INPUT_/]",
    message: 'Read inputs through src/core/inputs.ts, never process.env.INPUT_*.',
  },
  {
    selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
    message: 'Set process.exitCode instead of process.exit so cleanup and output writes finish.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...RESTRICTED],
    },
  },
  // The bundle entries are CommonJS on purpose (scripts/build.mjs says why).
  {
    files: ['scripts/bundle/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The layout's fences: src/ ships and never reaches into tools/ or lab/; core never imports an
  // action; an action never imports another; outside a core folder only its index.ts is used.
  {
    files: ['src/**'],
    rules: {
      // The bundles are CommonJS (scripts/build.mjs): import.meta would become the build machine's
      // path, and top-level await would break require().
      'no-restricted-syntax': [
        'error',
        ...RESTRICTED,
        {
          selector: "MetaProperty[meta.name='import']",
          message:
            'src/ is bundled as CommonJS: no import.meta (use a path from the runner instead).',
        },
        {
          // In CommonJS output a module with top-level await makes require() give a Promise: the
          // stubs' require('../core/index.js').run would be undefined and every action would fail.
          selector:
            'AwaitExpression:not(:function AwaitExpression), ForOfStatement[await=true]:not(:function ForOfStatement)',
          message: 'src/ is bundled as CommonJS: no top-level await (await inside a function).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(tools|lab|test|bench)/',
              message: 'src/ is shipped: it never imports tools/, lab/, test/ or bench/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/actions/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(tools|lab|test|bench)/',
              message: 'src/ is shipped: it never imports tools/, lab/, test/ or bench/.',
            },
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message:
                'An action never imports another action: move what they share into src/core.',
            },
            {
              regex: '^\\.\\./\\.\\./core/[a-z-]+/(?!index\\.js$)',
              message: 'Import a core folder through its index.js, its public face.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(tools|lab|test|bench)/',
              message: 'src/ is shipped: it never imports tools/, lab/, test/ or bench/.',
            },
            { regex: '(^|/)actions/', message: 'src/core never imports from src/actions.' },
            {
              regex: '^\\.\\./[a-z-]+/(?!index\\.js$)',
              message: 'Import another core folder through its index.js, its public face.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/runtime/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'core/runtime is the bottom layer: it imports no other core folder.',
            },
          ],
        },
      ],
    },
  },
);
