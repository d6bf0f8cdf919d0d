import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', '.tmp', 'coverage', 'scripts/**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only the data layer may touch Dexie tables directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/**/*.repo.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/db/ and *.repo.ts files use Dexie directly.' }],
          patterns: [
            { group: ['**/db/db', '**/db/schema', '**/db/records'], message: 'Read and write through a *.repo.ts.' },
            { group: ['**/db', '**/db/index'], importNames: ['db', 'createDb'], message: 'Read and write through a *.repo.ts.' },
          ],
        },
      ],
    },
  },
  {
    // Plain Node scripts are not part of a TypeScript project.
    files: ['scripts/**/*.mjs', 'scripts/**/*.d.mts', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.ts', '*.config.ts', 'tests/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
