import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.tmp/**', '.build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // The domain core runs everywhere: no Node, DOM, React, Socket.IO, server or client code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto'], message: 'shared/ must not import Node modules.' },
            { group: ['react', 'react-dom', 'socket.io', 'socket.io-client', 'express'], message: 'shared/ is framework-free.' },
            { group: ['@forum-ouvert/server', '@forum-ouvert/client', '**/server/**', '**/client/**'], message: 'shared/ imports neither side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    // The barrels re-export the schemas for the server; `"sideEffects": false` lets a phone's bundle skip them.
    ignores: ['shared/**/*.schema.ts', 'shared/**/*.test.ts', 'shared/src/testing/**', 'shared/src/index.ts', 'shared/src/export/index.ts'],
    rules: {
      // Phones import shared/ but validate nothing: zod and the schemas stay in *.schema.ts modules,
      // which other modules read types from, never values (scripts/check-bundle-size.mjs).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod'], allowTypeImports: true, message: 'Build zod schemas in a *.schema.ts module; elsewhere import only types.' },
            { regex: '\\.schema\\.ts$', allowTypeImports: true, message: 'Outside *.schema.ts, import only types from a schema module.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forum-ouvert/server', '**/server/**'], message: 'The client never imports server code.' },
            { group: ['node:*'], message: 'The client runs in a browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@forum-ouvert/client', '**/client/**'], message: 'The server never imports client code.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}', '*.{js,ts}', '**/*.config.{js,ts}', 'server/build.mjs'],
    languageOptions: { globals: globals.node },
  },
);
