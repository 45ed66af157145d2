// n8n 2.x applies a credential's "Allowed HTTP Request Domains" to declarative nodes too: n8n-core's RoutingNode
// puts the list on every routed request, with the node's own base URL host added (the credential decides the
// base URL in `requestDefaults`, so n8n counts it as the node's endpoint). Audio is downloaded from another host
// without the credential, so the list does not apply there. On n8n 1.x the fields do not exist and are ignored;
// `npm run test:n8n2` runs this file against n8n-core 2.41, where the list is in force.
import { RoutingNode } from 'n8n-core';
import * as n8nWorkflow from 'n8n-workflow';

import { binaryOutput, runVocu, vocuCredentials } from '../harness/runNode';
import { useStubServer } from '../harness/stubServer';

type RawRequest = (...args: unknown[]) => Promise<unknown>;

const appliesAllowedDomains = 'getCredentialAllowedDomains' in n8nWorkflow;
const voiceId = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(1024, 7)]);

const restricted = (baseUrl: string) =>
	vocuCredentials(baseUrl, {
		allowedHttpRequestDomains: 'domains',
		allowedDomains: 'api.example.com',
	});

describe('credential with Allowed HTTP Request Domains', () => {
	const vocu = useStubServer();
	const storage = useStubServer('none');
	const routed: Array<{ url?: string; allowedDomains?: string }> = [];

	beforeEach(() => {
		routed.length = 0;
		// rawRoutingRequest is private in n8n-core's types: every routed request passes through it with its options.
		const prototype = RoutingNode.prototype as unknown as { rawRoutingRequest: RawRequest };
		const original = prototype.rawRoutingRequest;
		jest.spyOn(prototype, 'rawRoutingRequest').mockImplementation(async function (
			this: unknown,
			...args: unknown[]
		) {
			const { options } = args[1] as { options: { url?: string; allowedDomains?: string } };
			routed.push({ url: options.url, allowedDomains: options.allowedDomains });
			return await original.apply(this, args);
		});
	});
	afterEach(() => jest.restoreAllMocks());

	it('still reaches the Custom Base URL and downloads the audio from another host', async () => {
		// The storage stub is addressed as localhost, Vocu as 127.0.0.1: two host names, neither in the list.
		const audioUrl = `${storage.url.replace('127.0.0.1', 'localhost')}/generate/gen-1.mp3`;
		vocu.on('POST', '/api/tts/simple-generate').reply(200, {
			status: 200,
			message: 'OK',
			data: { id: 'gen-1', audio: audioUrl, credit_used: 3 },
		});
		storage.on('GET', '/generate/gen-1.mp3').replyWith({
			status: 200,
			body: mp3,
			headers: { 'content-type': 'audio/mpeg' },
		});

		const { items, error } = await runVocu(
			{
				resource: 'speech',
				operation: 'generate',
				voiceId: { __rl: true, mode: 'id', value: voiceId },
				text: 'Hi',
				generationMode: 'plain',
			},
			{ credentials: restricted(vocu.url) },
		);

		expect(error).toBeUndefined();
		expect(await binaryOutput(items[0].binary!.data)).toEqual(mp3);
		expect(storage.requests[0].headers.authorization).toBeUndefined();
		expect(routed.map((request) => request.url)).toEqual(['/api/tts/simple-generate']);
		// n8n 2.x: the list is in force, widened by the base URL's host only; n8n 1.x has no such list.
		const list = routed[0].allowedDomains;
		if (appliesAllowedDomains)
			expect(list?.split(', ').sort()).toEqual(['127.0.0.1', 'api.example.com']);
		else expect(list).toBeUndefined();
	});

	it('still lists voices page by page (pagination requests carry the same list)', async () => {
		vocu.on('GET', '/api/voice').reply(200, { status: 200, message: 'OK', data: [] });

		const { items, error } = await runVocu(
			{ resource: 'voice', operation: 'getAll', returnAll: true },
			{ credentials: restricted(vocu.url) },
		);

		expect(error).toBeUndefined();
		expect(items).toEqual([]);
		expect(routed.length).toBeGreaterThan(0);
	});
});
