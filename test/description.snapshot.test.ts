import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { Vocu } from '../nodes/Vocu/Vocu.node';

/**
 * The node's whole description as a user and n8n see it: fields, options, defaults, display rules, request
 * methods and URLs, pagination. Hook functions are recorded as their presence only ("[hooks]"), so splitting or
 * renaming a pipeline step is not a change, but adding or removing a field, an option or a route is.
 * Regenerate on purpose with `UPDATE_DESCRIPTION_SNAPSHOT=1 npx jest description.snapshot`.
 */
function serialize(value: unknown): unknown {
	if (typeof value === 'function') return '[function]';
	if (Array.isArray(value)) return value.map(serialize);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value)) {
			out[key] = key === 'preSend' || key === 'postReceive' ? '[hooks]' : serialize(inner);
		}
		return out;
	}
	return value;
}

const SNAPSHOT = join(__dirname, 'snapshots', 'vocu.description.json');

describe('Vocu node description snapshot', () => {
	it('is identical to the committed snapshot', () => {
		const current = JSON.stringify(serialize(new Vocu().description), null, '\t') + '\n';
		if (process.env.UPDATE_DESCRIPTION_SNAPSHOT === '1') writeFileSync(SNAPSHOT, current);
		expect(current).toBe(readFileSync(SNAPSHOT, 'utf8'));
	});
});
