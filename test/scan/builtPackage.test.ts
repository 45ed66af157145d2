/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
// The built package (dist/, what npm installs) loads through n8n-core's own community-package loader and runs a
// workflow, on the n8n line jest runs against: n8n-workflow 1.120 (n8n 1.123) by default, 2.41 under
// `npm run test:n8n2`. Also guards the one rule that keeps 1.x working: n8n-workflow APIs that exist in only one
// line are feature-detected where the node uses them. Needs a built dist/ (npm run build; npm test builds first).
import '../harness/environment';

import * as fs from 'node:fs';
import * as path from 'node:path';

import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeTypeDescription } from 'n8n-workflow';

import { FIXTURE_USER, runAccountGet } from '../harness/scenarios';
import { useStubServer } from '../harness/stubServer';

const REPO = path.resolve(__dirname, '../..');

// The harness then runs the compiled classes from dist/ instead of the TypeScript sources.
jest.mock('../../nodes/Vocu/Vocu.node', () =>
	jest.requireActual('../../dist/nodes/Vocu/Vocu.node.js'),
);
jest.mock('../../credentials/VocuApi.credentials', () =>
	jest.requireActual('../../dist/credentials/VocuApi.credentials.js'),
);

/** The n8n-workflow this jest run resolves (the default 1.120 pair, or 2.x mapped in by test/compat/). */
function n8nWorkflowInUse(): { version: string; compat2: boolean } {
	let dir = path.dirname(require.resolve('n8n-workflow'));
	while (
		!fs.existsSync(path.join(dir, 'package.json')) ||
		path.basename(dir) === 'cjs' ||
		path.basename(dir) === 'dist'
	) {
		dir = path.dirname(dir);
	}
	const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
		version: string;
	};
	return { version, compat2: dir.includes(`${path.sep}.compat${path.sep}n8n2${path.sep}`) };
}

/** n8n-workflow APIs present in only one of the lines this package supports (1.120 and 2.x). */
const LINE_SPECIFIC_APIS = ['isToolExecution', 'sleepWithAbort'];

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
}

describe('the built package', () => {
	beforeAll(() => {
		if (!fs.existsSync(path.join(REPO, 'dist/nodes/Vocu/Vocu.node.js'))) {
			throw new Error('dist/ is missing: run `npm run build` first');
		}
	});

	it('is tested against the expected n8n-workflow line', () => {
		const { version, compat2 } = n8nWorkflowInUse();
		expect(version).toMatch(compat2 ? /^2\./ : /^1\.120\./);
	});

	it("loads through n8n-core's PackageDirectoryLoader, as n8n loads an installed community package", async () => {
		const loader = new PackageDirectoryLoader(REPO);
		await loader.loadAll();

		expect(loader.packageName).toBe('n8n-nodes-vocu');
		// Every node and credential package.json registers is loaded.
		const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
		expect(Object.keys(loader.nodeTypes)).toHaveLength(manifest.n8n.nodes.length);
		expect(Object.keys(loader.nodeTypes)).toContain('vocu');
		expect(Object.keys(loader.credentialTypes)).toEqual(['vocuApi']);
		const description = loader.nodeTypes.vocu.type.description as INodeTypeDescription;
		expect(description.usableAsTool).toBeTruthy();
		expect(description.credentials).toEqual([expect.objectContaining({ name: 'vocuApi' })]);
		for (const icon of ['dist/nodes/Vocu/vocu.svg', 'dist/nodes/Vocu/vocu.dark.svg']) {
			expect(fs.existsSync(path.join(REPO, icon))).toBe(true);
		}
	});

	describe('runs a workflow', () => {
		const vocu = useStubServer();

		it('Account → Get, through the compiled node and credential', async () => {
			const { items, error } = await runAccountGet(vocu);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({ id: FIXTURE_USER.id });
		});
	});

	it.each(LINE_SPECIFIC_APIS)(
		'feature-detects %s wherever node code uses it (it is missing in one n8n line)',
		(api) => {
			const guard = new RegExp(
				`typeof [\\w.?]+\\.${api} === 'function'|'${api}' in |\\.${api}\\?\\.\\(`,
			);
			const unguarded = sourceFiles(path.join(REPO, 'nodes'))
				.filter((file) => new RegExp(`\\b${api}\\b`).test(fs.readFileSync(file, 'utf8')))
				.filter((file) => !guard.test(fs.readFileSync(file, 'utf8')))
				.map((file) => path.relative(REPO, file));
			expect(unguarded).toEqual([]);
		},
	);
});
