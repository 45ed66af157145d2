import { CODE_EXPLANATIONS } from '../../../nodes/Vocu/shared/errors/codes';
import {
	NOT_JSON,
	OPERATION_EXPLANATIONS,
	STATUS_EXPLANATIONS,
	unknownStatus,
	type Explanation,
} from '../../../nodes/Vocu/shared/errors/explanations';

const all: Array<[string, Explanation]> = [
	...Object.entries(CODE_EXPLANATIONS),
	...Object.entries(STATUS_EXPLANATIONS),
	...Object.entries(OPERATION_EXPLANATIONS).flatMap(([key, byStatus]) =>
		Object.entries(byStatus ?? {}).map(
			([status, explanation]) => [`${key} ${status}`, explanation] as [string, Explanation],
		),
	),
	['NOT_JSON', NOT_JSON],
];

describe('error explanation tables', () => {
	it.each(all)('%s says what happened and what to do', (_key, explanation) => {
		expect(explanation.message).toMatch(/^[A-Z]/);
		expect(explanation.message.length).toBeLessThan(80);
		expect(explanation.description).toMatch(/^[A-Z].*[.)]$/);
	});

	it('keys codes in Vocu’s upper snake case', () => {
		for (const code of Object.keys(CODE_EXPLANATIONS)) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
	});

	it('explains every status class the node can meet', () => {
		for (const status of [400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504]) {
			expect(STATUS_EXPLANATIONS[status]).toBeDefined();
		}
		expect(unknownStatus(418)).toEqual({
			message: 'Vocu answered with HTTP 418',
			description: 'Retry, or check the request parameters.',
		});
	});
});
