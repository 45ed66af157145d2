/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
// `npm start` keeps n8n's user folder inside this repository (.n8n-local/user). Node resolves the installed package's
// `require('n8n-workflow')` through the folders above it before n8n's NODE_PATH, so without a link it loaded the
// repository's development copy: a second NodeApiError class, which n8n-core's RoutingNode does not recognise and
// rewraps with "Error code: none" (issue: VOICE_NOT_FOUND shown without its code in the error panel).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const local = require('../../scripts/n8n-local') as {
	REPO: string;
	installPackage(userFolder: string, tarball: string, n8n?: { dir: string }): Promise<unknown>;
};

const work = path.join(local.REPO, '.n8n-local', `install-test-${process.pid}`);

function writeJson(file: string, value: unknown) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(value));
}

/** A tiny stand-in for the packed package: one module that requires n8n-workflow. */
function tarball(): string {
	const source = path.join(work, 'source', 'package');
	writeJson(path.join(source, 'package.json'), {
		name: 'n8n-nodes-vocu',
		version: '0.0.0-test',
		peerDependencies: { 'n8n-workflow': '*' },
	});
	fs.mkdirSync(path.join(source, 'dist'), { recursive: true });
	fs.writeFileSync(
		path.join(source, 'dist', 'index.js'),
		"module.exports = require('n8n-workflow');\n",
	);
	const file = path.join(work, 'package.tgz');
	execFileSync('tar', ['-czf', file, '-C', path.dirname(source), 'package']);
	return file;
}

/** The n8n-workflow file the installed package loads. */
function resolvedWorkflow(userFolder: string): string {
	const dist = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-vocu', 'dist');
	return fs.realpathSync(require.resolve('n8n-workflow', { paths: [dist] }));
}

describe('installPackage (npm start, end-to-end runners)', () => {
	const n8nDir = path.join(work, 'n8n');
	const n8nWorkflow = path.join(n8nDir, 'node_modules', 'n8n-workflow');
	let packed: string;

	beforeAll(() => {
		fs.rmSync(work, { recursive: true, force: true });
		writeJson(path.join(n8nWorkflow, 'package.json'), { name: 'n8n-workflow', main: 'index.js' });
		fs.writeFileSync(path.join(n8nWorkflow, 'index.js'), 'module.exports = {};\n');
		packed = tarball();
	});
	afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

	it('makes a package installed inside this repository load n8n’s own n8n-workflow', async () => {
		const userFolder = path.join(work, 'user');
		await local.installPackage(userFolder, packed, { dir: n8nDir });
		expect(resolvedWorkflow(userFolder)).toBe(fs.realpathSync(path.join(n8nWorkflow, 'index.js')));
	}, 60_000);

	it('without n8n given, the repository’s development copy would be loaded instead', async () => {
		const userFolder = path.join(work, 'user-unlinked');
		await local.installPackage(userFolder, packed);
		expect(resolvedWorkflow(userFolder)).toContain(
			path.join(local.REPO, 'node_modules', 'n8n-workflow'),
		);
	}, 60_000);
});
