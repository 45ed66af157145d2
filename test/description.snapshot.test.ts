/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Vocu } from '../nodes/Vocu/Vocu.node';

/**
 * The node's whole description as a user and n8n see it, normalized per resource → operation: the operation's
 * option (name, action, description, request method and URL, pagination) and the fields visible for it, in order,
 * with every property of each field (keys sorted). Hook functions are recorded as their presence only ("[hooks]"), so splitting or
 * renaming a pipeline step is not a change; adding, removing or changing a field, an option or a route is.
 * Regenerate on purpose with `UPDATE_DESCRIPTION_SNAPSHOT=1 npx jest description.snapshot`.
 */
function serialize(value: unknown): unknown {
	if (typeof value === 'function') return '[function]';
	if (Array.isArray(value)) return value.map(serialize);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) {
			out[key] = key === 'preSend' || key === 'postReceive' ? '[hooks]' : serialize(inner);
		}
		return out;
	}
	return value;
}

function withoutScope(field: INodeProperties): unknown {
	const show = { ...(field.displayOptions?.show ?? {}) };
	delete show.resource;
	delete show.operation;
	const displayOptions = { ...field.displayOptions, show };
	if (!Object.keys(show).length) delete (displayOptions as { show?: unknown }).show;
	return serialize({
		...field,
		displayOptions: Object.keys(displayOptions).length ? displayOptions : undefined,
	});
}

function normalized(): unknown {
	const { properties, ...node } = new Vocu().description;
	const resourceField = properties.find((p) => p.name === 'resource') as INodeProperties;
	const resources: Record<string, unknown> = {};
	for (const resource of (resourceField.options ?? []) as INodePropertyOptions[]) {
		const selector = properties.find(
			(p) =>
				p.name === 'operation' &&
				p.displayOptions?.show?.resource?.includes(resource.value as string),
		) as INodeProperties;
		const operations: Record<string, unknown> = {};
		for (const option of (selector.options ?? []) as INodePropertyOptions[]) {
			const fields = properties.filter(
				(p) =>
					p !== selector &&
					p.displayOptions?.show?.resource?.includes(resource.value as string) &&
					p.displayOptions?.show?.operation?.includes(option.value as string),
			);
			operations[option.value as string] = {
				option: serialize(option),
				fields: fields.map(withoutScope),
			};
		}
		resources[resource.value as string] = { default: selector.default, operations };
	}
	const unscoped = properties
		.filter((p) => !p.displayOptions?.show?.resource)
		.map((p) => serialize(p));
	return { node: serialize(node), unscoped, resources };
}

const SNAPSHOT = join(__dirname, 'snapshots', 'vocu.description.json');

describe('Vocu node description snapshot', () => {
	it('is identical to the committed snapshot', () => {
		const current = JSON.stringify(normalized(), null, '\t') + '\n';
		if (process.env.UPDATE_DESCRIPTION_SNAPSHOT === '1') writeFileSync(SNAPSHOT, current);
		expect(current).toBe(readFileSync(SNAPSHOT, 'utf8'));
	});
});
