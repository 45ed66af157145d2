/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (file: string) => readFileSync(join(__dirname, '..', '..', file), 'utf8');
const publishCommands = (text: string) =>
	text.split('\n').filter((line) => /\bnpm publish\b/.test(line) && !/^\s*#/.test(line));

// n8n's verification needs provenance on every published version, the first one included.
describe('publishing', () => {
	const workflow = read('.github/workflows/publish.yml');

	it('publishes from GitHub Actions on a version tag, with the OIDC id-token for the provenance', () => {
		expect(workflow).toMatch(/tags: \['v\*'\]/);
		expect(workflow).toMatch(/id-token: write/);
	});

	it('publishes every version with --provenance, by trusted publishing or with the NPM_TOKEN secret', () => {
		const commands = publishCommands(workflow);
		expect(commands.length).toBeGreaterThan(0);
		for (const command of commands) expect(command).toMatch(/--provenance/);
		expect(workflow).toMatch(/secrets\.NPM_TOKEN/);
	});

	it('RELEASING.md names no publish without provenance (no first version by hand)', () => {
		const commands = read('RELEASING.md').match(/`npm publish [^`]*`/g) ?? [];
		expect(commands.length).toBeGreaterThan(0);
		for (const command of commands) expect(command).toMatch(/--provenance/);
	});

	it('CI runs npm publish --dry-run --provenance', () => {
		expect(read('.ci/run')).toMatch(/^npm publish --dry-run --provenance\b/m);
	});
});
