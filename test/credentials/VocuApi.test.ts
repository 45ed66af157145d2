import '../harness/environment';

import axios from 'axios';
import type { INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { BASE_URL_EXPRESSION, INVALID_BASE_URL, resolveBaseUrl } from '../../nodes/Vocu/shared/transport/baseUrl';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { StubServer, TEST_API_KEY } from '../harness/stubServer';

const node: INode = {
	id: '1',
	name: 'Vocu',
	type: 'n8n-nodes-vocu.vocu',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const workflow = new Workflow({
	nodes: [node],
	connections: {},
	active: false,
	nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never,
});

/** Evaluates an n8n expression against `$credentials`, as n8n does for requestDefaults and credential tests. */
function evaluate(expression: string, credentials: Record<string, unknown>): unknown {
	return workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credentials });
}

const credential = new VocuApi();

describe('Vocu API credential', () => {
	const cases: Array<[string, Record<string, unknown>, string]> = [
		['global by default', { region: 'global' }, 'https://v1.vocu.ai'],
		['global when region is missing', {}, 'https://v1.vocu.ai'],
		['china', { region: 'china' }, 'https://v1.wusound.cn'],
		['custom https', { region: 'custom', baseUrl: 'https://vocu.example.com' }, 'https://vocu.example.com'],
		['custom with trailing slashes', { region: 'custom', baseUrl: 'https://vocu.example.com//' }, 'https://vocu.example.com'],
		['custom with a path', { region: 'custom', baseUrl: ' https://proxy.example.com/vocu/ ' }, 'https://proxy.example.com/vocu'],
		['http localhost', { region: 'custom', baseUrl: 'http://localhost:8080' }, 'http://localhost:8080'],
		['http 127.0.0.1', { region: 'custom', baseUrl: 'http://127.0.0.1:3000/' }, 'http://127.0.0.1:3000'],
		['plain http elsewhere', { region: 'custom', baseUrl: 'http://vocu.example.com' }, INVALID_BASE_URL],
		['http to a look-alike host', { region: 'custom', baseUrl: 'http://localhost.evil.com' }, INVALID_BASE_URL],
		['user info in the URL', { region: 'custom', baseUrl: 'https://v1.vocu.ai@evil.com' }, INVALID_BASE_URL],
		['not a URL', { region: 'custom', baseUrl: 'v1.vocu.ai' }, INVALID_BASE_URL],
		['another scheme', { region: 'custom', baseUrl: 'ftp://v1.vocu.ai' }, INVALID_BASE_URL],
		['empty', { region: 'custom', baseUrl: '' }, INVALID_BASE_URL],
	];

	it.each(cases)('resolves the base URL: %s', (_title, data, expected) => {
		expect(resolveBaseUrl(data)).toBe(expected);
		expect(evaluate(BASE_URL_EXPRESSION, data)).toBe(expected);
	});

	it('uses the same base URL expression in the credential test and the node', () => {
		expect(credential.test.request.baseURL).toBe(BASE_URL_EXPRESSION);
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
				{ url: request.url as string, method: request.method, baseURL: evaluate(request.baseURL as string, data) as string },
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
			vocu.on('GET', '/api/account/info').reply(200, { status: 200, message: 'OK', user: { id: 'u1' } });
			const response = await runCredentialTest(TEST_API_KEY);
			expect(response.status).toBe(200);
			expect(vocu.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
			vocu.done();
		});

		it('fails with a clear message for a bad key', async () => {
			const response = await runCredentialTest('sk-wrong');
			expect(response.status).toBe(401);
			const rule = credential.test.rules?.[0];
			expect(rule?.type).toBe('responseSuccessBody');
			expect(response.data.status).toBe((rule?.properties as { value: number }).value);
			expect((rule?.properties as { message: string }).message).toMatch(/rejected the API key/);
			vocu.reset();
		});
	});
});
