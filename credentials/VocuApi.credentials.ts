import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { API_PATHS, BASE_URLS } from '../nodes/Vocu/shared/constants';
import {
	BASE_URL_EXPRESSION,
	mayCarryApiKey,
	REFUSED_BASE_URL_CONDITION,
	REFUSED_BASE_URL_FIX,
	REFUSED_BASE_URL_MESSAGE,
} from '../nodes/Vocu/shared/transport/baseUrl';

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
			placeholder: 'e.g. sk-...',
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
			default: '',
			placeholder: 'e.g. https://vocu.example.com',
			description:
				'Must start with https:// (plain http:// is accepted only for localhost and 127.0.0.1). A trailing slash is ignored.',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName:
				'This Base URL will be refused: it must start with https:// (plain http:// only for localhost and 127.0.0.1). Nothing is sent to it.',
			name: 'refusedBaseUrlNotice',
			type: 'notice',
			default: '',
			displayOptions: {
				show: { region: ['custom'], baseUrl: [{ _cnd: { regex: REFUSED_BASE_URL_CONDITION } }] },
			},
		},
	];

	/** Adds the key only for a request bound for an allowed base URL (see baseUrl.ts), or refuses it with the fix. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (!mayCarryApiKey(requestOptions)) {
			throw new Error(`${REFUSED_BASE_URL_MESSAGE}. ${REFUSED_BASE_URL_FIX}`);
		}
		requestOptions.headers = {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials.apiKey ?? '')}`,
		};
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: { baseURL: BASE_URL_EXPRESSION, url: API_PATHS.accountInfo },
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Vocu rejected the API key. Check it in the Vocu web app (API Platform) and paste it again.',
				},
			},
		],
	};
}
