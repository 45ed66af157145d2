/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { Vocu } from '../../../nodes/Vocu/Vocu.node';
import type { OperationKey } from '../../../nodes/Vocu/shared/routing/operationKeys';
import { OPERATION_EXPLANATIONS } from '../../../nodes/Vocu/shared/errors/explanations';

/** Every `resource.operation` the node description offers, at run time. */
function describedOperationKeys(): string[] {
	const { properties } = new Vocu().description;
	return properties
		.filter((property) => property.name === 'operation')
		.flatMap((selector) =>
			(selector.options ?? []).map(
				(option) =>
					`${selector.displayOptions?.show?.resource?.[0] as string}.${String((option as { value: string }).value)}`,
			),
		);
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

/** Every `operationKey: 'resource.operation'` written in the nodes' code. */
function keysInCode(): string[] {
	const root = join(__dirname, '../../../nodes');
	return sourceFiles(root).flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/operationKey: '([^']+)'/g)].map((match) => match[1]),
	);
}

describe('OperationKey', () => {
	it('is checked by the type-check for its resource part', () => {
		const keys: OperationKey[] = ['voice.get', 'task.delete', 'speech.stream'];
		// @ts-expect-error 'voise' is no resource, so `npm run typecheck` fails on it.
		const typo: OperationKey = 'voise.get';
		expect(keys.every((key) => describedOperationKeys().includes(key))).toBe(true);
		expect(describedOperationKeys()).not.toContain(typo);
	});

	it('names an operation that exists wherever the code writes one', () => {
		const written = keysInCode();
		expect(written.length).toBeGreaterThan(5);
		const described = describedOperationKeys();
		expect(written.filter((key) => !described.includes(key))).toEqual([]);
	});

	it('keys the operation-specific error messages by operations that exist', () => {
		const described = describedOperationKeys();
		for (const key of Object.keys(OPERATION_EXPLANATIONS)) expect(described).toContain(key);
	});
});
