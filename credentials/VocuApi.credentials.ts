import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { BASE_URL_EXPRESSION } from '../nodes/Vocu/shared/transport/baseUrl';
import { API_PATHS, BASE_URLS } from '../nodes/Vocu/shared/constants';

export class VocuApi implements ICredentialType {
	name = 'vocuApi';

	displayName = 'Vocu API';

	icon: Icon = { light: 'file:../nodes/Vocu/vocu.svg', dark: 'file:../nodes/Vocu/vocu.dark.svg' };

	documentationUrl = 'https://dev.vocu.ai';

	httpRequestNode = {
		name: 'Vocu',
		docsUrl: 'https://dev.vocu.ai',
		apiBaseUrlPlaceholder: `${BASE_URLS.global}/api/voice`,
	};

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'sk-...',
			description:
				'Create a key in the Vocu web app under API Platform → Create API Key. Vocu shows it only once.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			default: 'global',
			options: [
				{ name: 'Global (v1.vocu.ai)', value: 'global' },
				{ name: 'China (v1.wusound.cn)', value: 'china' },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			description: 'Which Vocu deployment the key belongs to',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://',
			placeholder: 'https://v1.vocu.ai',
			description:
				'Must start with https:// (plain http is accepted only for localhost and 127.0.0.1). A trailing slash is ignored.',
			displayOptions: { show: { region: ['custom'] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: API_PATHS.accountInfo,
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: 401,
					message: 'Vocu rejected the API key. Check it in the Vocu web app (API Platform) and paste it again.',
				},
			},
		],
	};
}
