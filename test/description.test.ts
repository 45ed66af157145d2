import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Vocu } from '../nodes/Vocu/Vocu.node';
import { API_PATHS } from '../nodes/Vocu/shared/constants';
import { returnAnswer } from '../nodes/Vocu/shared/routing/pipeline';

const { properties } = new Vocu().description;
const resources = (properties.find((p) => p.name === 'resource')?.options ??
	[]) as INodePropertyOptions[];
const operationSelectors = properties.filter((p) => p.name === 'operation');

function operationsOf(resource: string): INodePropertyOptions[] {
	const selector = operationSelectors.find((p) =>
		p.displayOptions?.show?.resource?.includes(resource),
	);
	return (selector?.options ?? []) as INodePropertyOptions[];
}

function fieldsOf(resource: string, operation: string): INodeProperties[] {
	return properties.filter(
		(p) =>
			p.name !== 'resource' &&
			p.name !== 'operation' &&
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions?.show?.operation?.includes(operation),
	);
}

const allOperations = resources.flatMap((resource) =>
	operationsOf(resource.value as string).map(
		(operation) => [resource.value as string, operation] as const,
	),
);

describe('Vocu node description', () => {
	it('offers every resource with operations', () => {
		expect(resources.map((r) => r.value)).toEqual([
			'account',
			'audio',
			'file',
			'preset',
			'speech',
			'splitter',
			'task',
			'template',
			'voice',
		]);
		expect(allOperations.length).toBeGreaterThan(0);
	});

	it.each(allOperations)(
		'%s → %o has name, action, description and a known API path',
		(_resource, operation) => {
			expect(operation.name).toMatch(/^[A-Z]/);
			expect(typeof operation.action).toBe('string');
			expect(operation.description).toBeTruthy();
			const url = operation.routing?.request?.url as string;
			expect(Object.values(API_PATHS)).toContain(url);
		},
	);

	it.each(allOperations)(
		'%s → %o runs through the one pipeline (n8n hands the request to its pagination function)',
		(_resource, operation) => {
			const routing = operation.routing;
			expect(routing?.send?.paginate).toBe(true);
			expect(typeof routing?.operations?.pagination).toBe('function');
			expect(routing?.output?.postReceive).toEqual([returnAnswer]);
		},
	);

	it('gives every Get Many operation Return All + Limit', () => {
		for (const [resource, operation] of allOperations.filter(([, op]) => op.value === 'getAll')) {
			const names = fieldsOf(resource, operation.value as string).map((f) => f.name);
			expect({ resource, names }).toEqual({
				resource,
				names: expect.arrayContaining(['returnAll', 'limit']),
			});
		}
	});

	it.each(allOperations)('%s → %o has no two fields of the same name', (resource, operation) => {
		const names = fieldsOf(resource, operation.value as string).map((f) => f.name);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
	});

	it('keeps item-shaping postReceive steps off fields (so input pairing stays last)', () => {
		const walk = (list: INodeProperties[]): string[] =>
			list.flatMap((field) => [
				...(field.routing?.output?.postReceive?.length ? [field.name] : []),
				...walk(
					((field.options ?? []) as INodeProperties[]).filter(
						(o) => typeof o === 'object' && 'type' in o,
					),
				),
			]);
		expect(walk(properties.filter((p) => p.name !== 'operation'))).toEqual([]);
	});

	it('labels booleans with a "Whether" description', () => {
		const booleans = properties.filter((p) => p.type === 'boolean');
		for (const field of booleans) expect(field.description).toMatch(/^Whether /);
	});
});
