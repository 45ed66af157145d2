/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports -- test code: runs in Node, not inside n8n */
// `npm start` imports the examples filled in for the sandbox so they run as imported; the browser test runs them.
import * as fs from 'node:fs';
import * as path from 'node:path';

const local = require('../../scripts/n8n-local') as {
	fillForSandbox: (workflow: Workflow, seed: Record<string, unknown>) => Workflow;
};
const { SEED } = require('../../sandbox/state') as { SEED: Record<string, string> };

type Segment = Record<string, unknown>;
interface Workflow {
	nodes: Array<{ type: string; parameters: { segments?: { segment: Segment[] } } }>;
}

const example = (name: string): Workflow =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples', name), 'utf8')) as Workflow;

describe('fillForSandbox', () => {
	it('gives the empty voice IDs of Task → Create segments the sandbox voice, and leaves other segments alone', () => {
		const shipped = example('narration-music-bed-sfx.json');
		const segmentsOf = (workflow: Workflow) =>
			workflow.nodes.flatMap((node) => node.parameters.segments?.segment ?? []);
		expect(segmentsOf(shipped).filter((segment) => segment.voiceId === '')).toHaveLength(2);

		const filled = segmentsOf(local.fillForSandbox(example('narration-music-bed-sfx.json'), SEED));

		expect(filled.map((segment) => [segment.segmentType, segment.voiceId])).toEqual([
			['music', undefined],
			['text', SEED.readyVoiceId],
			['sfx', undefined],
			['text', SEED.readyVoiceId],
		]);
	});
});
