import {
	generationOptionField,
	generationOptionsField,
	SEGMENT_PARAMETERS,
	STREAM_PARAMETERS,
} from '../../../nodes/Vocu/shared/fields/generationOptions';

describe('generation option fields', () => {
	it('builds the Generation Options collection sorted by label', () => {
		const field = generationOptionsField(STREAM_PARAMETERS);
		expect(field).toMatchObject({
			name: 'generationOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
		});
		const labels = (field.options as Array<{ displayName: string }>).map(
			(option) => option.displayName,
		);
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
		expect(labels).toHaveLength(STREAM_PARAMETERS.length);
	});

	it('offers every segment parameter except Subtitles, which is task-level', () => {
		expect(SEGMENT_PARAMETERS).not.toContain('srt');
		expect(generationOptionField('srt')).toMatchObject({
			name: 'srt',
			type: 'boolean',
			default: false,
		});
	});
});
