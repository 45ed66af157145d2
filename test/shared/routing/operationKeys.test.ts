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

describe('OperationKey', () => {
	it('is checked by the type-check: a typo is not a key', () => {
		const keys: OperationKey[] = ['voice.get', 'task.delete', 'speech.stream'];
		// @ts-expect-error 'voice.gett' names no operation, so `npm run typecheck` fails on it.
		const typo: OperationKey = 'voice.gett';
		expect(keys.every((key) => describedOperationKeys().includes(key))).toBe(true);
		expect(describedOperationKeys()).not.toContain(typo);
	});

	it('keys the operation-specific error messages by operations that exist', () => {
		const described = describedOperationKeys();
		for (const key of Object.keys(OPERATION_EXPLANATIONS)) expect(described).toContain(key);
	});
});
