import type {
	IAuthenticateGeneric,
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import {
	CREDENTIAL_TEST_BASE_URL_EXPRESSION,
	CREDENTIAL_TEST_METHOD_EXPRESSION,
	credentialTestUrlExpression,
	REFUSED_BASE_URL_MESSAGE,
	REFUSED_BASE_URL_STATUS,
} from '../nodes/Vocu/shared/transport/baseUrl';
import { API_PATHS, BASE_URLS } from '../nodes/Vocu/shared/constants';

/** A refused custom base URL (see baseUrl.ts: the test then gets a 405 without any network request). */
const REFUSED_BASE_URL_RULE: IAuthenticateRuleResponseCode = {
	type: 'responseCode',
	properties: { value: REFUSED_BASE_URL_STATUS, message: REFUSED_BASE_URL_MESSAGE },
};

const REJECTED_KEY_MESSAGE =
	'Vocu rejected the API key. Check it in the Vocu web app (API Platform) and paste it again.';

/** A wrong key: HTTP 401 (`AUTH_UNAUTHORIZED`) ... */
const REJECTED_KEY_STATUS_RULE: IAuthenticateRuleResponseCode = {
	type: 'responseCode',
	properties: { value: 401, message: REJECTED_KEY_MESSAGE },
};

/** ... or `status: 401` in the body of an answer that is not an HTTP error. */
const REJECTED_KEY_BODY_RULE: IAuthenticateRuleResponseSuccessBody = {
	type: 'responseSuccessBody',
	properties: { key: 'status', value: 401, message: REJECTED_KEY_MESSAGE },
};

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
			default: 'https://',
			placeholder: 'e.g. https://v1.vocu.ai',
			description:
				'Must start with https:// (plain http is accepted only for localhost and 127.0.0.1). A trailing slash is ignored.',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName:
				'This Base URL will be refused: a custom base URL must start with https:// (plain http:// only for localhost and 127.0.0.1)',
			name: 'plainHttpNotice',
			type: 'notice',
			default: '',
			displayOptions: {
				show: {
					region: ['custom'],
					baseUrl: [
						{
							_cnd: {
								regex: '^\\s*[Hh][Tt][Tt][Pp]://(?!(localhost|127\\.0\\.0\\.1)(:\\d+)?(/|\\s*$))',
							},
						},
					],
				},
			},
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
			baseURL: CREDENTIAL_TEST_BASE_URL_EXPRESSION,
			url: credentialTestUrlExpression(API_PATHS.accountInfo),
			// An expression, as n8n resolves every request field of a credential test (see baseUrl.ts).
			method: CREDENTIAL_TEST_METHOD_EXPRESSION as 'GET',
		},
		// n8n checks each rule of its own kind (status rules on a failed answer, body rules on a successful one);
		// the type only lacks the mixed form.
		rules: [
			REFUSED_BASE_URL_RULE,
			REJECTED_KEY_STATUS_RULE,
			REJECTED_KEY_BODY_RULE,
		] as unknown as IAuthenticateRuleResponseSuccessBody[],
	};
}
