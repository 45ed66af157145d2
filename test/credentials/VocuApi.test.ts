import '../harness/environment';

import axios from 'axios';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { API_PATHS } from '../../nodes/Vocu/shared/constants';
import {
	BASE_URL_EXPRESSION,
	INVALID_BASE_URL,
	REFUSED_BASE_URL_MESSAGE,
	REFUSED_BASE_URL_STATUS,
	resolveBaseUrl,
} from '../../nodes/Vocu/shared/transport/baseUrl';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { nodeTypesFor, vocuNodeFor, workflowFor } from '../harness/n8nWorkflow';
import { NODE_TYPE } from '../harness/runNode';
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

describe('Vocu API credential', () => {
	/** The credential's data with the Custom region and this Base URL. */
	const custom = (baseUrl: string) => ({ region: 'custom', baseUrl });
	const cases: Array<[string, Record<string, unknown>, string]> = [
		['global by default', { region: 'global' }, 'https://v1.vocu.ai'],
		['global when region is missing', {}, 'https://v1.vocu.ai'],
		['china', { region: 'china' }, 'https://v1.wusound.cn'],
		['custom https', custom('https://vocu.example.com'), 'https://vocu.example.com'],
		[
			'custom with trailing slashes',
			custom('https://vocu.example.com//'),
			'https://vocu.example.com',
		],
		[
			'custom with a path',
			custom(' https://proxy.example.com/vocu/ '),
			'https://proxy.example.com/vocu',
		],
		['http localhost', custom('http://localhost:8080'), 'http://localhost:8080'],
		['http 127.0.0.1', custom('http://127.0.0.1:3000/'), 'http://127.0.0.1:3000'],
		['plain http elsewhere', custom('http://vocu.example.com'), INVALID_BASE_URL],
		['http to a look-alike host', custom('http://localhost.evil.com'), INVALID_BASE_URL],
		['user info in the URL', custom('https://v1.vocu.ai@evil.com'), INVALID_BASE_URL],
		['not a URL', custom('v1.vocu.ai'), INVALID_BASE_URL],
		['another scheme', custom('ftp://v1.vocu.ai'), INVALID_BASE_URL],
		['empty', custom(''), INVALID_BASE_URL],
	];

	it.each(cases)('resolves the base URL: %s', (_title, data, expected) => {
		expect(resolveBaseUrl(data)).toBe(expected);
		expect(evaluate(BASE_URL_EXPRESSION, data)).toBe(expected);
	});

	it.each(cases)(
		'the credential test goes where the node goes, or nowhere: %s',
		(_title, data, expected) => {
			const { baseURL, url, method } = credential.test.request;
			const refused = expected === INVALID_BASE_URL;
			expect(evaluate(baseURL as string, data)).toBe(refused ? '' : expected);
			expect(evaluate(url as string, data)).toBe(
				refused ? 'data:application/json,{}' : API_PATHS.accountInfo,
			);
			expect(evaluate(method as string, data)).toBe(refused ? 'POST' : 'GET');
		},
	);

	it('turns a refused base URL into a message that says https is required, without any network request', async () => {
		// What n8n's HTTP client (axios) answers for the refused test request: 405, no connection made.
		const response = await axios.request({
			url: 'data:application/json,{}',
			method: 'POST',
			validateStatus: () => true,
		});
		expect(response.status).toBe(REFUSED_BASE_URL_STATUS);
		const rule = credential.test.rules?.find(
			(candidate) =>
				candidate.type === 'responseCode' && candidate.properties.value === response.status,
		);
		expect(rule?.properties.message).toBe(REFUSED_BASE_URL_MESSAGE);
		expect(REFUSED_BASE_URL_MESSAGE).toMatch(/must start with https:\/\//);
	});

	it('shows a notice on the form while the Base URL is plain http to another host', () => {
		const notice = credential.properties.find((property) => property.type === 'notice');
		const condition = (
			notice?.displayOptions?.show?.baseUrl as Array<{ _cnd: { regex: string } }>
		)[0]._cnd.regex;
		const shown = (url: string) => new RegExp(condition).test(url);
		expect(notice?.displayOptions?.show?.region).toEqual(['custom']);
		expect(
			[
				'http://vocu.example.com',
				'HTTP://vocu.example.com/x',
				'http://localhost.evil.com',
				'http://127.0.0.1.nip.io',
			].map(shown),
		).toEqual([true, true, true, true]);
		expect(
			[
				'https://vocu.example.com',
				'http://localhost',
				'http://localhost:8787/',
				'http://127.0.0.1:8787',
				'https://',
			].map(shown),
		).toEqual([false, false, false, false, false]);
	});

	it('marks the API key as a password field', () => {
		const apiKey = credential.properties.find((property) => property.name === 'apiKey');
		expect(apiKey?.typeOptions?.password).toBe(true);
	});

	describe('test request', () => {
		let vocu: StubServer;
		beforeAll(async () => (vocu = await StubServer.start()));
		afterAll(async () => await vocu.close());

		/** Runs the credential's test request the way n8n's credential tester does: resolve, authenticate, send. */
		async function runCredentialTest(apiKey: string) {
			const data = { apiKey, region: 'custom', baseUrl: vocu.url };
			const request = credential.test.request;
			const helper = new TestCredentialsHelper({ vocuApi: credential }, { vocuApi: data });
			const options = await helper.authenticate(
				data,
				'vocuApi',
				{
					url: evaluate(request.url as string, data) as string,
					method: evaluate(request.method as string, data) as 'GET',
					baseURL: evaluate(request.baseURL as string, data) as string,
				},
				workflow,
				node,
			);
			return await axios.request({
				baseURL: options.baseURL,
				url: options.url,
				method: options.method,
				headers: options.headers as Record<string, string>,
				validateStatus: () => true,
			});
		}

		it('calls GET /api/account/info with the Bearer key', async () => {
			vocu
				.on('GET', '/api/account/info')
				.reply(200, { status: 200, message: 'OK', user: { id: 'u1' } });
			const response = await runCredentialTest(TEST_API_KEY);
			expect(response.status).toBe(200);
			expect(vocu.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
			vocu.done();
		});

		it('fails with a clear message for a bad key', async () => {
			const response = await runCredentialTest('sk-wrong');
			expect(response.status).toBe(401);
			const rules = credential.test.rules ?? [];
			const byStatus = rules.find(
				(rule) => rule.type === 'responseCode' && rule.properties.value === response.status,
			);
			const byBody = rules.find(
				(rule) =>
					rule.type === 'responseSuccessBody' && rule.properties.value === response.data.status,
			);
			expect(byStatus?.properties.message).toMatch(/rejected the API key/);
			expect(byBody?.properties.message).toMatch(/rejected the API key/);
			vocu.reset();
		});
	});
});
