import type { IHttpRequestOptions } from 'n8n-workflow';
import '../harness/environment';

import axios from 'axios';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { API_PATHS } from '../../nodes/Vocu/shared/constants';
import {
	BASE_URL_EXPRESSION,
	isAllowedBaseUrl,
	REFUSED_BASE_URL_CONDITION,
	resolveBaseUrl,
} from '../../nodes/Vocu/shared/transport/baseUrl';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { nodeTypesFor, vocuNodeFor, workflowFor } from '../harness/n8nWorkflow';
import { NODE_TYPE, runVocu, vocuCredentials } from '../harness/runNode';
import { StubServer, TEST_API_KEY } from '../harness/stubServer';

const node = vocuNodeFor(NODE_TYPE, 'Vocu', {}, { id: '1' });
const workflow = workflowFor(
	{ id: 'credential-test', nodes: [node], connections: {} },
	nodeTypesFor({ [NODE_TYPE]: new Vocu() }),
);

/** Evaluates an n8n expression against `$credentials`, as n8n does for requestDefaults and credential tests. */
function evaluate(expression: string, credentials: Record<string, unknown>): unknown {
	return workflow.expression.getSimpleParameterValue(node, expression, 'internal', {
		$credentials: credentials,
	});
}

const credential = new VocuApi();
const custom = (baseUrl: string) => ({ region: 'custom', baseUrl });
const accountGet = { resource: 'account', operation: 'get' };

/** Custom Base URLs as typed, and whether the key may go there. */
const typed: Array<[string, boolean]> = [
	['https://vocu.example.com', true],
	[' https://proxy.example.com/vocu/ ', true],
	['https://vocu.example.com:8443', true],
	['http://localhost:8080', true],
	['http://127.0.0.1:3000/', true],
	['https://http://example.com', false],
	['https://', false],
	['http://vocu.example.com', false],
	['HTTP://vocu.example.com/x', false],
	['http://localhost.evil.com', false],
	['http://127.0.0.1.nip.io', false],
	['https://v1.vocu.ai@evil.com', false],
	['v1.vocu.ai', false],
	['ftp://v1.vocu.ai', false],
];

describe('Vocu API credential', () => {
	it.each([
		['global by default', { region: 'global' }, 'https://v1.vocu.ai'],
		['global when region is missing', {}, 'https://v1.vocu.ai'],
		['china', { region: 'china' }, 'https://v1.wusound.cn'],
		[
			'custom, trimmed, trailing slashes dropped',
			custom(' https://x.example.com/v// '),
			'https://x.example.com/v',
		],
	])('resolves the base URL the same in code and expression: %s', (_title, data, expected) => {
		expect(resolveBaseUrl(data)).toBe(expected);
		expect(evaluate(BASE_URL_EXPRESSION, data)).toBe(expected);
	});

	it.each(typed)('applies the one base-URL rule to %j (allowed: %s)', (url, allowed) => {
		expect(isAllowedBaseUrl(resolveBaseUrl(custom(url)))).toBe(allowed);
		// The form's notice is the same rule: shown exactly for a typed URL that will be refused.
		expect(new RegExp(REFUSED_BASE_URL_CONDITION).test(url)).toBe(!allowed);
	});

	it('prefills nothing and shows no notice while the Base URL is empty', () => {
		const baseUrl = credential.properties.find((property) => property.name === 'baseUrl');
		expect(baseUrl?.default).toBe('');
		const notice = credential.properties.find((property) => property.type === 'notice');
		expect(notice?.displayOptions?.show?.region).toEqual(['custom']);
		expect(notice?.displayOptions?.show?.baseUrl).toEqual([
			{ _cnd: { regex: REFUSED_BASE_URL_CONDITION } },
		]);
		expect(new RegExp(REFUSED_BASE_URL_CONDITION).test('')).toBe(false);
	});

	it('tests with a GET of the account at the base URL the node uses', () => {
		const { baseURL, url, method } = credential.test.request;
		expect(baseURL).toBe(BASE_URL_EXPRESSION);
		expect(url).toBe(API_PATHS.accountInfo);
		expect(method ?? 'GET').toBe('GET');
	});

	it('marks the API key as a password field', () => {
		const apiKey = credential.properties.find((property) => property.name === 'apiKey');
		expect(apiKey?.typeOptions?.password).toBe(true);
	});

	describe('authenticate', () => {
		const authenticate = async (request: { baseURL?: string; url: string }) =>
			await credential.authenticate({ apiKey: TEST_API_KEY }, { ...request, headers: {} });

		it.each(typed)(
			'adds the key only for an allowed base URL: %j (allowed: %s)',
			async (url, allowed) => {
				const request = { baseURL: resolveBaseUrl(custom(url)), url: API_PATHS.accountInfo };
				if (allowed) {
					const options = await authenticate(request);
					expect(options.headers?.Authorization).toBe(`Bearer ${TEST_API_KEY}`);
				} else {
					const refused = authenticate(request);
					await expect(refused).rejects.toThrow(/must start with https:\/\/.*Nothing was sent/);
					await expect(refused).rejects.not.toThrow(TEST_API_KEY);
				}
			},
		);

		it("reads the address of n8n's HTTP Request node, which it passes as `uri`", async () => {
			const fromHttpRequestNode = (uri: string) =>
				credential.authenticate({ apiKey: TEST_API_KEY }, {
					uri,
					headers: {},
				} as unknown as IHttpRequestOptions);
			const options = await fromHttpRequestNode('http://127.0.0.1:5000/api/account/info');
			expect(options.headers?.Authorization).toBe(`Bearer ${TEST_API_KEY}`);
			await expect(fromHttpRequestNode('http://evil.example.com/x')).rejects.toThrow(
				/must start with https/,
			);
		});

		it('judges an absolute URL by itself, not by the base URL', async () => {
			const base = 'https://v1.vocu.ai';
			await expect(
				authenticate({ baseURL: base, url: 'http://evil.example.com/x' }),
			).rejects.toThrow(/must start with https/);
			const options = await authenticate({
				baseURL: base,
				url: 'https://v1.vocu.ai/api/voice?x=1',
			});
			expect(options.headers?.Authorization).toBe(`Bearer ${TEST_API_KEY}`);
		});
	});

	describe('test request', () => {
		let vocu: StubServer;
		beforeAll(async () => (vocu = await StubServer.start()));
		afterAll(async () => await vocu.close());
		afterEach(() => vocu.reset());

		/** Runs the credential's test request the way n8n's credential tester does: resolve, authenticate, send. */
		async function runCredentialTest(data: ICredentialDataDecryptedObject) {
			const request = credential.test.request;
			const helper = new TestCredentialsHelper({ vocuApi: credential }, { vocuApi: data });
			const options = await helper.authenticate(
				data,
				'vocuApi',
				{
					url: request.url as string,
					baseURL: evaluate(request.baseURL as string, data) as string,
				},
				workflow,
				node,
			);
			return await axios.request({
				baseURL: options.baseURL,
				url: options.url,
				headers: options.headers as Record<string, string>,
				validateStatus: () => true,
			});
		}

		it('calls GET /api/account/info with the Bearer key', async () => {
			vocu
				.on('GET', '/api/account/info')
				.reply(200, { status: 200, message: 'OK', user: { id: 'u1' } });
			const response = await runCredentialTest(vocuCredentials(vocu.url));
			expect(response.status).toBe(200);
			expect(vocu.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
			vocu.done();
		});

		it('fails with a clear message for a bad key (HTTP 401)', async () => {
			const response = await runCredentialTest(vocuCredentials(vocu.url, { apiKey: 'sk-wrong' }));
			expect(response.status).toBe(401);
			const rule = credential.test.rules?.find(
				(candidate) => candidate.type === 'responseCode' && candidate.properties.value === 401,
			);
			expect(rule?.properties.message).toMatch(/rejected the API key/);
		});

		it('says why a refused Base URL fails, and sends nothing', async () => {
			await expect(runCredentialTest(vocuCredentials(`https://${vocu.url}`))).rejects.toThrow(
				/must start with https:\/\//,
			);
			expect(vocu.requests).toHaveLength(0);
		});
	});

	describe('the node with a refused Base URL', () => {
		let vocu: StubServer;
		beforeAll(async () => (vocu = await StubServer.start()));
		afterAll(async () => await vocu.close());

		it('fails on its first step with the rule and the fix, and sends nothing', async () => {
			const { error } = await runVocu(accountGet, {
				credentials: vocuCredentials(`https://${vocu.url}`),
			});
			expect(error?.message).toMatch(/Base URL in the Vocu credential must start with https:\/\//);
			expect(error?.description).toMatch(/fix the Base URL/);
			expect(vocu.requests).toHaveLength(0);
		});
	});
});
