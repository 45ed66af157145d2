import {
	filtersField,
	optionsCollection,
	outputFileNameOption,
	returnAllAndLimit,
} from '../../../nodes/Vocu/shared/fields/common';

describe('shared field builders', () => {
	const fileName = outputFileNameOption('Name of the output file.');

	it('builds the Options collection, read as the parameter options', () => {
		expect(optionsCollection([fileName])).toEqual({
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [fileName],
		});
	});

	it('lets other collections of the same shape rename or scope it', () => {
		const scoped = optionsCollection([fileName], {
			name: 'uploadOptions',
			displayOptions: { show: { x: [true] } },
		});
		expect(scoped).toMatchObject({
			displayName: 'Options',
			name: 'uploadOptions',
			displayOptions: { show: { x: [true] } },
		});
		expect(filtersField([fileName])).toMatchObject({
			displayName: 'Filters',
			name: 'filters',
			placeholder: 'Add Filter',
		});
	});

	it('builds the File Name option with its description and an example name', () => {
		expect(fileName).toEqual({
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			placeholder: 'e.g. greeting.mp3',
			description: 'Name of the output file.',
		});
		expect(outputFileNameOption('Merged audio.', 'e.g. dialogue.mp3').placeholder).toBe(
			'e.g. dialogue.mp3',
		);
	});

	it('pairs Return All with a Limit shown only when Return All is off', () => {
		const [returnAll, limit] = returnAllAndLimit();
		expect(returnAll).toMatchObject({ name: 'returnAll', type: 'boolean', default: false });
		expect(limit).toMatchObject({
			name: 'limit',
			displayOptions: { show: { returnAll: [false] } },
		});
		expect(limit.routing?.output?.maxResults).toBe('={{$value}}');
	});
});
