import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import {
	resourceLocator,
	templateLocator,
	voiceLocator,
} from '../../../nodes/Vocu/shared/fields/locators';
import { UUID_PATTERN, VOICE_ID_PATTERN } from '../../../nodes/Vocu/shared/validation';

function byIdMode(field: INodeProperties): INodePropertyMode {
	return (field.modes ?? []).find((mode) => mode.name === 'id') as INodePropertyMode;
}

function idAccepted(field: INodeProperties, id: string): boolean {
	const rule = byIdMode(field).validation?.[0] as unknown as { properties: { regex: string } };
	return new RegExp(rule.properties.regex).test(id);
}

const UUID = 'c9baa76f-de5f-4746-afbc-dffd4b9fb7ab';

describe('resourceLocator', () => {
	const spec = {
		name: 'thingId',
		displayName: 'Thing',
		description: 'The thing',
		searchMethod: 'searchThings',
		placeholder: 'e.g. 1',
		idPattern: '^[0-9]+$',
		errorMessage: 'Not a thing ID',
	};
	const field = resourceLocator(spec);

	it('builds a required list + by-ID picker from its spec', () => {
		expect(field).toMatchObject({
			name: 'thingId',
			displayName: 'Thing',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
		});
		expect(field.modes?.[0]).toMatchObject({
			name: 'list',
			placeholder: 'Select a thing...',
			typeOptions: { searchListMethod: 'searchThings', searchable: true },
		});
		expect(byIdMode(field).validation).toEqual([
			{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Not a thing ID' } },
		]);
	});

	it('lets overrides replace any property', () => {
		const optional = resourceLocator(spec, { required: false, description: 'Any thing' });
		expect(optional).toMatchObject({ name: 'thingId', required: false, description: 'Any thing' });
	});
});

describe('voice and template locators', () => {
	it('check voice IDs (UUID or market:<uuid>) and template IDs (UUID)', () => {
		expect(byIdMode(voiceLocator()).validation?.[0]).toMatchObject({
			properties: { regex: VOICE_ID_PATTERN },
		});
		expect(idAccepted(voiceLocator(), `market:${UUID}`)).toBe(true);
		expect(idAccepted(templateLocator(), UUID)).toBe(true);
		expect(idAccepted(templateLocator(), `market:${UUID}`)).toBe(false);
		expect(byIdMode(templateLocator()).validation?.[0]).toMatchObject({
			properties: { regex: UUID_PATTERN },
		});
	});

	it('search the right list under the names their paths use', () => {
		expect(voiceLocator()).toMatchObject({ name: 'voiceId', displayName: 'Voice' });
		expect(voiceLocator().modes?.[0].typeOptions?.searchListMethod).toBe('searchVoices');
		expect(templateLocator()).toMatchObject({ name: 'templateId', displayName: 'Template' });
		expect(templateLocator().modes?.[0].typeOptions?.searchListMethod).toBe('searchTemplates');
		expect(voiceLocator({ description: 'Who speaks' }).description).toBe('Who speaks');
	});
});
