import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { accountDescription } from './resources/account';
import { audioDescription } from './resources/audio';
import { fileDescription } from './resources/file';
import { presetDescription } from './resources/preset';
import { speechDescription } from './resources/speech';
import { splitterDescription } from './resources/splitter';
import { taskDescription } from './resources/task';
import { templateDescription } from './resources/template';
import { voiceDescription } from './resources/voice';
import { getVoiceStyles } from './methods/loadOptions';
import { getPresets } from './methods/presets';
import { searchSplitters } from './methods/splitters';
import { searchTemplates, searchVoices } from './methods/listSearch';
import { BASE_URL_EXPRESSION } from './shared/transport/baseUrl';
import { CREDENTIAL_NAME, VOCU_ICON } from './shared/constants';
import { requestSettings } from './shared/fields/requestSettings';
import { withToolDescriptions } from './shared/tool';

export class Vocu implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vocu',
		name: 'vocu',
		icon: VOCU_ICON,
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Clone voices, turn text into speech, change voices and make sound effects and music with Vocu',
		defaults: { name: 'Vocu' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_NAME, required: true }],
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// Failures are mapped by the one request path (callVocu in shared/transport/request.ts).
			ignoreHttpStatusErrors: true,
			sendCredentialsOnCrossOriginRedirect: false,
		},
		// The tool variant gets a Tool Description per operation (shared/tool.ts).
		properties: withToolDescriptions([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Audio', value: 'audio' },
					{ name: 'File', value: 'file' },
					{ name: 'Preset', value: 'preset' },
					{ name: 'Speech', value: 'speech' },
					{ name: 'Splitter', value: 'splitter' },
					{ name: 'Task', value: 'task' },
					{ name: 'Template', value: 'template' },
					{ name: 'Voice', value: 'voice' },
				],
				default: 'speech',
			},
			...speechDescription,
			...audioDescription,
			...taskDescription,
			...voiceDescription,
			...templateDescription,
			...fileDescription,
			...accountDescription,
			...presetDescription,
			...splitterDescription,
			requestSettings,
		]),
	};

	methods = {
		listSearch: { searchSplitters, searchTemplates, searchVoices },
		loadOptions: { getPresets, getVoiceStyles },
	};
}
