// Lint for the repository's own tooling: tests, the test harness, scripts, benchmarks, the Vocu sandbox. The node
// and credential code is linted by n8n's own tool, `n8n-node lint`, with n8n's default `eslint.config.mjs` (strict
// mode: that file must stay exactly n8n's). That default applies the node rules to every `.ts` file, so test files
// that need Node's APIs switch the two rules about them off in their first line; this config registers n8n's
// plugins only so that those comments resolve. Run with `npm run lint` (both) or `npm run lint:dev`.
import js from '@eslint/js';
import communityNodes from '@n8n/eslint-plugin-community-nodes';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'coverage/**',
			'.n8n-local/**',
			'.e2e/**',
			'.compat/**',
			'nodes/**',
			'credentials/**',
			'test/scan/bad-package/**',
		],
	},
	{
		plugins: { '@n8n/community-nodes': communityNodes },
		linterOptions: { reportUnusedDisableDirectives: 'off' },
	},
	{
		files: ['**/*.js'],
		extends: [js.configs.recommended],
		languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: { ...globals.node } },
		rules: {
			'no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
			],
		},
	},
	{
		files: ['**/*.mjs'],
		extends: [js.configs.recommended],
		languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: { ...globals.node } },
	},
	{
		// Functions the browser test hands to page.evaluate run in the page.
		files: ['test/ui/**/*.js'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-require-imports': 'off',
		},
	},
);
