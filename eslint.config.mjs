// The rules n8n's community-package scanner applies: @n8n/eslint-plugin-community-nodes (recommended),
// eslint-plugin-n8n-nodes-base (community, credentials, nodes) and no-console. Inline disables are not used:
// the scanner ignores them.
import js from '@eslint/js';
import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'.n8n-local/**',
			'.e2e/**',
			'test/scan/bad-package/**',
			'**/*.mjs',
		],
	},
	{
		// Dev tooling in plain JavaScript (sandbox, scripts, benchmarks, end-to-end runners): a plain rule set; n8n's
		// community rules apply to nodes/ and credentials/ only.
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
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
	},
	{
		// Functions the browser test hands to page.evaluate run in the page.
		files: ['test/ui/**/*.js'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ['package.json', 'credentials/**/*.ts', 'nodes/**/*.ts'],
		extends: [communityNodes.configs.recommended],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
	},
	{
		files: ['package.json'],
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// "Only applicable to nodes in the main repository" (the rule's own text); n8n's node CLI turns it off
			// too, and @n8n/community-nodes/credential-documentation-url requires a full URL instead.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'no-console': 'error',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// These two demand the literal 'main', which @n8n/community-nodes/node-connection-type-literal forbids;
			// n8n's own node CLI turns them off in favour of NodeConnectionTypes.Main.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'no-console': 'error',
		},
	},
	{
		files: ['test/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-require-imports': 'off',
		},
	},
);
