import { runVocu, vocuCredentials } from '../../harness/runNode';
import { envelope, useStubServer } from '../../harness/stubServer';
import { generate } from '../../../nodes/Vocu/resources/speech/generate';

const v4 = '0c7e3f2a-4d1b-4e6a-9b8c-1f2e3d4c5b6a';
const v3 = '6765cf49-c73a-4fae-985d-806b782ec4f2';
const text = '{{softly}} Come closer. {{excited}} We won!';
const result = {
	id: 'gen-1',
	audio: 'https://storage.example/generate/gen-1.mp3',
	credit_used: 12,
};

function params(voiceId: string, overrides: Record<string, unknown> = {}) {
	return {
		resource: 'speech',
		operation: 'generate',
		voiceId: { __rl: true, mode: 'id', value: voiceId },
		styleId: 'default',
		text,
		downloadAudio: false,
		...overrides,
	};
}

const voice = (id: string, version: string) => envelope({ id, name: 'Voice', version });

describe('Generation Mode (plain / controllable / auto by voice model)', () => {
	const vocu = useStubServer();

	it('Auto reads a v4.0 voice and sends it down the controllable path with its Reference Emphasis', async () => {
		vocu.on('GET', `/api/voice/${v4}`).reply(200, voice(v4, 'v4.0'));
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: {
					voiceId: v4,
					text,
					promptId: 'default',
					instruct_mode: true,
					reference_mode: 'expressive',
				},
			})
			.reply(200, envelope(result));
		const { items, error } = await runVocu(
			params(v4, { generationOptions: { referenceMode: 'expressive' } }),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 'gen-1', creditUsed: 12 });
	});

	it('Auto sends an earlier voice down the plain path and drops Reference Emphasis', async () => {
		vocu.on('GET', `/api/voice/${v3}`).reply(200, voice(v3, 'v3.0'));
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: { voiceId: v3, text, promptId: 'default', speechRate: 1.5 },
			})
			.reply(200, envelope(result));
		const { error } = await runVocu(
			params(v3, { generationOptions: { referenceMode: 'similarity', speechRate: 1.5 } }),
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
	});

	it('Auto reads each voice once per execution, however many items use it', async () => {
		vocu.on('GET', `/api/voice/${v4}`).reply(200, voice(v4, 'v4.0'));
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: { voiceId: v4, text, promptId: 'default', instruct_mode: true },
			})
			.times(3)
			.reply(200, envelope(result));
		const { items, error } = await runVocu(params(v4), {
			credentials: vocuCredentials(vocu.url),
			executionId: 'execution-mode-1',
			items: [{ json: {} }, { json: {} }, { json: {} }],
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(vocu.requests.filter((request) => request.method === 'GET')).toHaveLength(1);
	});

	it('reads a voice again once its lookup has expired, even in the same execution', async () => {
		vocu.on('GET', `/api/voice/${v4}`).times(2).reply(200, voice(v4, 'v4.0'));
		vocu.on('POST', '/api/tts/simple-generate').times(2).reply(200, envelope(result));
		const run = async () =>
			await runVocu(params(v4), {
				credentials: vocuCredentials(vocu.url),
				executionId: 'execution-mode-expiry',
			});
		expect((await run()).error).toBeUndefined();
		const realNow = Date.now;
		const later = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 11 * 60_000);
		try {
			expect((await run()).error).toBeUndefined();
		} finally {
			later.mockRestore();
		}
		expect(vocu.requests.filter((request) => request.method === 'GET')).toHaveLength(2);
	});

	it('keeps at most 200 voice lookups: the oldest is read again after 200 others', async () => {
		const voiceIds = Array.from(
			{ length: 201 },
			(_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
		);
		for (const id of voiceIds)
			vocu
				.on('GET', `/api/voice/${id}`)
				.times(id === voiceIds[0] ? 2 : 1)
				.reply(200, voice(id, 'v3.0'));
		vocu
			.on('POST', '/api/tts/simple-generate')
			.times(voiceIds.length + 1)
			.reply(200, envelope(result));
		const { items, error } = await runVocu(params('={{ $json.voiceId }}'), {
			credentials: vocuCredentials(vocu.url),
			executionId: 'execution-mode-bound',
			items: [...voiceIds, voiceIds[0]].map((voiceId) => ({ json: { voiceId } })),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(voiceIds.length + 1);
		const reads = vocu.requests.filter((request) => request.path === `/api/voice/${voiceIds[0]}`);
		expect(reads).toHaveLength(2);
	});

	it('Controllable needs no lookup; Plain sends no instruct_mode', async () => {
		vocu
			.on('POST', '/api/tts/simple-generate', {
				body: { voiceId: v3, text, promptId: 'default', instruct_mode: true },
			})
			.reply(200, envelope(result));
		vocu
			.on('POST', '/api/tts/simple-generate', { body: { voiceId: v3, text, promptId: 'default' } })
			.reply(200, envelope(result));
		const credentials = vocuCredentials(vocu.url);
		expect(
			(await runVocu(params(v3, { generationMode: 'controllable' }), { credentials })).error,
		).toBeUndefined();
		expect(
			(await runVocu(params(v3, { generationMode: 'plain' }), { credentials })).error,
		).toBeUndefined();
	});

	it('refuses Subtitles with a controllable voice before generating, with the reason', async () => {
		vocu.on('GET', `/api/voice/${v4}`).reply(200, voice(v4, 'v4.0'));
		const { error } = await runVocu(params(v4, { generationOptions: { srt: true } }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe(
			'Subtitles cannot be combined with controllable generation [item 0]',
		);
		expect(error?.description).toContain('Vocu makes no subtitles on its controllable path');
		expect(vocu.requests.map((request) => request.method)).toEqual(['GET']);
	});

	it('explains VOICE_INSTRUCT_PATH_ONLY (a v4.0 voice on the plain path) with what to change', async () => {
		vocu.on('POST', '/api/tts/simple-generate').reply(400, {
			status: 400,
			code: 'VOICE_INSTRUCT_PATH_ONLY',
			message: 'This voice only supports controllable (instruct) generation.',
		});
		const { error } = await runVocu(params(v4, { generationMode: 'plain' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(`${error?.message} ${error?.description}`).toMatch(/Generation Mode/);
	});

	it('Stream sends the controllable path as query text', async () => {
		vocu.on('GET', `/api/voice/${v4}`).reply(200, voice(v4, 'v4.0'));
		vocu
			.on('GET', '/api/tts/simple-generate.mp3', {
				query: { voiceId: v4, instruct_mode: 'true', reference_mode: 'similarity' },
			})
			.replyWith({
				status: 200,
				body: Buffer.from('ID3abc'),
				headers: { 'content-type': 'audio/mpeg' },
			});
		const { error } = await runVocu(
			{
				...params(v4, { operation: 'stream' }),
				generationOptions: { referenceMode: 'similarity' },
			},
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
	});
});

describe('Duration Factor (Vocu speechRate)', () => {
	const field = generate.fields
		.find((property) => property.name === 'generationOptions')
		?.options?.find((option) => 'name' in option && option.name === 'speechRate') as
		{ displayName: string; description: string } | undefined;

	it('says what the value sent means: larger is longer, i.e. slower', () => {
		expect(field?.displayName).toBe('Duration Factor');
		expect(field?.description).toMatch(
			/2 is twice as long \(slower\), 0\.5 half as long \(faster\)/,
		);
		expect(field?.description).toContain("Sent as Vocu's speechRate");
	});
});
