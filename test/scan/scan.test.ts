/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
// The CI scanner step (`npm run scan` = scripts/scan.js, n8n's @n8n/scan-community-package rule set on the source
// and on the packed tarball) must be able to fail: it rejects the deliberately bad fixture in bad-package/ on both
// legs, and passes on this package. Runs the step as CI does, in a child process (the scanner is an ES module).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const BAD_PACKAGE = path.join(__dirname, 'bad-package');

function runScan(...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(REPO, 'scripts/scan.js'), ...args], {
		cwd: REPO,
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The report of one leg: from its `== scanner <leg> leg` header to the next header. */
function leg(output: string, name: 'source' | 'tarball'): string {
	const start = output.indexOf(`== scanner ${name} leg`);
	if (start < 0) throw new Error(`no ${name} leg in the scanner output:\n${output}`);
	const next = output.indexOf('== scanner ', start + 1);
	return output.slice(start, next < 0 ? undefined : next);
}

describe('scanner step', () => {
	describe('on the deliberately bad fixture', () => {
		let result: ReturnType<typeof runScan>;
		beforeAll(() => {
			result = runScan(BAD_PACKAGE);
		});

		it('exits non-zero', () => {
			expect(result.code).toBe(1);
		});

		it('rejects the node code and package.json on the source leg', () => {
			const source = leg(result.output, 'source');
			expect(source).toContain('FAILED');
			expect(source).toMatch(/Use of restricted global 'setTimeout'.*no-restricted-globals/);
			expect(source).toMatch(/Use of restricted global 'process'.*no-restricted-globals/);
			expect(source).toMatch(/Unexpected console statement\s+no-console/);
			expect(source).toMatch(/Require of 'fs' is not allowed.*no-restricted-imports/);
			expect(source).toMatch(/"dependencies" field must be empty.*no-runtime-dependencies/);
			expect(source).toMatch(/"postinstall" is not allowed.*no-forbidden-lifecycle-scripts/);
			// lib/ is outside {nodes,credentials}/: only the tarball leg lints it.
			expect(source).not.toContain('leak.js');
		});

		it('rejects what would be published on the tarball leg, including files only the tarball has', () => {
			const tarball = leg(result.output, 'tarball');
			expect(tarball).toContain('FAILED');
			expect(tarball).toMatch(
				/lib[/\\]leak\.js\s+\S+\s+error\s+Use of restricted global 'process'/,
			);
			expect(tarball).toMatch(/nodes[/\\]Bad[/\\]Bad\.node\.js/);
			expect(tarball).toMatch(/no-runtime-dependencies/);
		});
	});

	it('passes on this package, source and tarball (needs a built dist/, as after npm run build)', () => {
		const { code, output } = runScan();
		expect(output).toMatch(/== scanner source leg \(.*: [1-9]\d* files\): passed/);
		expect(output).toMatch(/== scanner tarball leg \(.*: [1-9]\d* files\): passed/);
		expect(code).toBe(0);
	});
});
