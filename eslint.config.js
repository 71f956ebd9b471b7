import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('./apps/web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// JSON.parse(…) and response.json() give `any`, which a cast would pass off as a shape.
const readsJson =
  "CallExpression:matches([callee.object.name='JSON'][callee.property.name='parse'], [callee.property.name='json'][arguments.length=0])";
const unknownDeclarator =
  "VariableDeclarator[id.typeAnnotation.typeAnnotation.type='TSUnknownKeyword']";
const answerCastRules = [
  {
    selector: `${readsJson}:not(${[
      'CallExpression[callee.property.name=/^(safeParse|parse)$/] > CallExpression.arguments',
      `${unknownDeclarator} > CallExpression.init`,
      `${unknownDeclarator} > AwaitExpression.init > CallExpression.argument`,
    ].join(', ')})`,
    message: 'Read JSON into a schema’s parse, or into an `unknown` that one then parses.',
  },
  {
    selector: `:matches(TSAsExpression, TSTypeAssertion) > :matches(${readsJson}, AwaitExpression[argument.type='CallExpression'][argument.arguments.length=0][argument.callee.property.name='json'], MemberExpression[property.name=/^(responseText|response)$/]).expression`,
    message: 'Parse the answer with its schema (requestApi, parseAnswer) instead of casting it.',
  },
];

// Packages meet through their exports (`@ssc/api/app`, `@ssc/web/i18n/…`, `@ssc/domain/…`),
// never by a relative path into another package's source: what a package offers is what its
// package.json exports, and a move inside it breaks nobody else.
const intoAnotherPackage = {
  regex: '^(\\.\\./)+((apps|packages)/)?[a-z][a-z-]*/src(/|$)',
  message: 'Import another package through its exports (its package.json), not its src/.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/api/src/generated/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // docs/decisions/019-one-contract.md: what comes from the service (or from storage) is
    // parsed with a schema, never cast. JSON is read only straight into a parse, or into an
    // `unknown` that a parse then reads; the client that reads the answers casts nothing.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...answerCastRules],
    },
  },
  {
    files: ['apps/web/src/lib/api-client.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...answerCastRules,
        {
          selector: "TSAsExpression:not([typeAnnotation.typeName.name='const'])",
          message: 'The API client reads answers with their schemas; it casts nothing.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoAnotherPackage] }] },
  },
  // Feature folders: a feature never imports another feature; pages in app/ compose them.
  ...features.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            intoAnotherPackage,
            ...features
              .filter((other) => other !== feature)
              .map((other) => ({
                regex: `^((\\.\\./)+|@/features/)${other}(/|$)`,
                message: 'A feature must not import another feature; compose them in app/.',
              })),
          ],
        },
      ],
    },
  })),
  {
    // The domain package is pure (packages/domain/README.md): no I/O, no framework.
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            intoAnotherPackage,
            {
              group: ['node:*', 'fastify*', 'react*', '@prisma/*'],
              message: 'The domain is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'localStorage', 'document', 'window'],
    },
  },
  {
    files: ['prisma/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', '**/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
