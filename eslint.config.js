import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', AbortSignal: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name=/^INPUT_/]", message: 'Read inputs through src/core/inputs.ts, never process.env.INPUT_*.' },
        { selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']", message: 'Set process.exitCode instead of process.exit so cleanup and output writes finish.' },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/actions/**'], message: 'src/core never imports from src/actions.' }] }] },
  },
);
