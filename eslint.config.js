import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Dependencies point one way: client, server and mocks import shared; shared imports none of
// them; client and server never import each other. The mocks are wiring that runs the real
// server in the page or the test (src/mocks/README.md), so they may import it.
const boundary = (forbidden, why, more = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbidden.map((group) => ({ group: [`@${group}/*`, `**/${group}/**`], message: why })),
        ...more,
      ],
    },
  ],
});

// A server feature reaches another only through what that feature's index.ts exports: `../auth`,
// never `../auth/service`. Feature barrels then form no import cycle. Tests may still borrow
// another feature's test helpers (check-in/test-desk), which no barrel should carry.
const throughIndex = [
  {
    regex: String.raw`^(?:\.\./(?!\.)[^/]+|(?:\.\./)+features/[^/]+|@server/features/[^/]+)/.`,
    message: "Import another feature through its index.ts ('../auth'), not its files ('../auth/service').",
  },
];

// The client's features follow the same rule: another feature is reached through its top-level
// files (index.ts, or a second entry such as auth/forms.ts kept out of the first visit), never
// its api/, components/, lib/ or routes/. The app shell (src/client/app) wires routes and may
// import route modules directly.
const clientFeatures = readdirSync(new URL('./src/client/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const clientFeatureBoundaries = clientFeatures.map((feature) => ({
  files: [`src/client/features/${feature}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: boundary(['server'], 'The client talks to the server over HTTP only.', [
    {
      regex: String.raw`^@client/features/(?!${feature}/)[^/]+/[^/]+/`,
      message: "Import another feature through its index.ts ('@client/features/check-in'), not its files.",
    },
  ]),
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'data',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      ...boundary(['server'], 'The client talks to the server over HTTP only.'),
    },
  },
  ...clientFeatureBoundaries,
  {
    files: ['src/server/**/*.ts'],
    rules: boundary(['client', 'mocks'], 'The server never imports client code.'),
  },
  {
    files: ['src/server/features/*/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: boundary(['client', 'mocks'], 'The server never imports client code.', throughIndex),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: boundary(['client', 'server', 'mocks'], 'shared imports nothing of theirs.'),
  },
);
