import type { INodeExecutionData } from 'n8n-workflow';

import { binaryInput, runVocu, vocuCredentials } from '../../harness/runNode';
import {
	envelope,
	TEST_API_KEY,
	type RecordedRequest,
	useStubServer,
} from '../../harness/stubServer';
import createFixture from '../../fixtures/api/voice.create.json';

const created = createFixture.response.body.data;
const voiceId = created.id;
const sample = Buffer.from('RIFF....WAVEfmt fake voice sample bytes');
const avatar = Buffer.from('\x89PNG fake avatar bytes');

const voice = (status: string, extra: Record<string, unknown> = {}) => ({
	...created,
	status,
	...extra,
});

async function sampleItem(
	mimeType = 'audio/wav',
	fileName = 'sample.wav',
	data = sample,
): Promise<INodeExecutionData> {
	return { json: {}, binary: { data: await binaryInput(data, mimeType, fileName) } };
}

const params = (extra: Record<string, unknown> = {}) => ({
	resource: 'voice',
	operation: 'create',
	name: 'Narrator',
	binaryPropertyName: 'data',
	...extra,
});

describe('Voice → Create', () => {
	const vocu = useStubServer();

	it('posts name, sample as a data URL with its real MIME type, language, model and vocal filter', async () => {
		vocu
			.on('POST', '/api/voice', {
				body: {
					name: 'Narrator',
					prompt: `data:audio/mpeg;base64,${sample.toString('base64')}`,
					language: 'en-us',
					modelVersion: 'v4.0',
					vocalFilter: true,
					description: 'Calm narrator',
				},
			})
			.reply(200, createFixture.response.body);
		const { items, error } = await runVocu(
			params({
				name: '  Narrator ',
				language: 'en-us',
				modelVersion: 'v4.0',
				vocalFilter: true,
				additionalFields: { description: 'Calm narrator' },
			}),
			{
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem('audio/mpeg', 'sample.mp3')],
			},
		);
		expect(error).toBeUndefined();
		expect(vocu.requests[0].headers['content-type']).toContain('application/json');
		expect(items).toEqual([{ json: created, pairedItem: { item: 0 } }]);
	});

	it('sends the defaults explicitly: auto language, v3.0 and vocal filter off', async () => {
		vocu
			.on('POST', '/api/voice', {
				body: {
					name: 'Narrator',
					prompt: `data:video/mp4;base64,${sample.toString('base64')}`,
					language: 'auto',
					modelVersion: 'v3.0',
					vocalFilter: false,
				},
			})
			.reply(200, createFixture.response.body);
		const { error } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem('video/mp4', 'clip.mp4')],
		});
		expect(error).toBeUndefined();
	});

	it('adds an avatar from another binary field and a training archive for a professional clone', async () => {
		vocu
			.on('POST', '/api/voice', {
				check: (request: RecordedRequest) => {
					const body = request.json as Record<string, unknown>;
					expect(body.avatar).toBe(`data:image/png;base64,${avatar.toString('base64')}`);
					expect(body.prompt).toBe(`data:audio/wav;base64,${sample.toString('base64')}`);
					expect(body.lora).toBe('263cd424-d57e-4e9a-9cc0-9a1f07cc97bb');
					expect(body.language).toBe('zh');
				},
			})
			.reply(200, envelope(voice('lora-pending')));
		const item = await sampleItem();
		item.binary = { ...item.binary, picture: await binaryInput(avatar, 'image/png', 'me.png') };
		const { items, error } = await runVocu(
			params({
				language: 'zh',
				additionalFields: {
					avatarBinaryPropertyName: 'picture',
					lora: ' 263cd424-d57e-4e9a-9cc0-9a1f07cc97bb ',
				},
			}),
			{ credentials: vocuCredentials(vocu.url), items: [item] },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: voiceId, status: 'lora-pending' });
	});

	describe('Wait Until Ready', () => {
		const waiting = (extra: Record<string, unknown> = {}) =>
			params({ options: { waitUntilReady: true, pollInterval: 1, maxWait: 10, ...extra } });

		it('polls the voice until it is usable and outputs it with ready: true', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('creating')));
			let polls = 0;
			vocu
				.on('GET', `/api/voice/${voiceId}`)
				.times(2)
				.replyWith(() => ({
					status: 200,
					json: envelope(voice(++polls === 1 ? 'creating' : 'pending')),
				}));
			const { items, error } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(error).toBeUndefined();
			expect(items).toEqual([
				{ json: { ...voice('pending'), ready: true }, pairedItem: { item: 0 } },
			]);
		});

		it('does not poll when the new voice is already usable', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('pending')));
			const { items } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(items[0].json).toMatchObject({ id: voiceId, ready: true });
			expect(vocu.requests).toHaveLength(1);
		});

		it('keeps polling through a rate limit and hides deleted styles of the final voice', async () => {
			const withDeleted = voice('lora-success', {
				metadata: {
					...created.metadata,
					prompts: [...created.metadata.prompts, { id: 'gone', name: 'Old', deleted: true }],
				},
			});
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('creating')));
			vocu
				.on('GET', `/api/voice/${voiceId}`)
				.reply(429, { status: 429, code: 'RATE_LIMIT_EXCEEDED', message: 'slow' });
			vocu.on('GET', `/api/voice/${voiceId}`).reply(200, envelope(withDeleted));
			const { items, error } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ status: 'lora-success', ready: true });
			expect((items[0].json.metadata as { prompts: unknown[] }).prompts).toEqual(
				created.metadata.prompts,
			);
		});

		it('outputs the voice with its current status and ready: false when the wait runs out', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('creating')));
			vocu
				.on('GET', `/api/voice/${voiceId}`)
				.times(Infinity)
				.reply(200, envelope(voice('creating')));
			const { items, error } = await runVocu(waiting({ maxWait: 2 }), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(error).toBeUndefined();
			expect(items).toEqual([
				{ json: { ...voice('creating'), ready: false }, pairedItem: { item: 0 } },
			]);
			// Polls every 1 s for at most 2 s: one or two reads (three at most if a read lands on the deadline), never more.
			const polls = vocu.requests.filter((r) => r.method === 'GET').length;
			expect(polls).toBeGreaterThanOrEqual(1);
			expect(polls).toBeLessThanOrEqual(3);
		});

		it('stops waiting when a professional clone needs voiceprint verification in the app', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('lora-pending')));
			vocu
				.on('GET', `/api/voice/${voiceId}`)
				.reply(200, envelope(voice('lora-awaiting', { needPollingVerify: true })));
			const { items } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(items[0].json).toMatchObject({
				status: 'lora-awaiting',
				needPollingVerify: true,
				ready: false,
			});
		});

		it('fails with the voice ID when Vocu reports the voice as failed', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('creating')));
			vocu.on('GET', `/api/voice/${voiceId}`).reply(200, envelope(voice('failed')));
			const { items, error } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(items).toEqual([]);
			expect(error?.message).toBe(
				`Voice '${created.name}' could not be created: status failed [item 0]`,
			);
			expect(error?.description).toContain(`Voice ID: ${voiceId}`);
		});

		it('gives an error item with Continue On Fail when the voice fails', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('failed')));
			const { items, error } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
				settings: { continueOnFail: true },
			});
			expect(error).toBeUndefined();
			expect(items[0].json.error).toContain('could not be created: status failed');
		});

		it('keeps the voice ID in the error when polling hits a hard error', async () => {
			vocu.on('POST', '/api/voice').reply(200, envelope(voice('creating')));
			vocu
				.on('GET', `/api/voice/${voiceId}`)
				.reply(404, { status: 404, code: 'VOICE_NOT_FOUND', message: 'Voice not found.' });
			const { error } = await runVocu(waiting(), {
				credentials: vocuCredentials(vocu.url),
				items: [await sampleItem()],
			});
			expect(error?.message).toBe('The voice does not exist in this account');
			expect(error?.description).toContain(`The voice was created with ID ${voiceId}`);
		});
	});

	describe('refuses bad input before sending anything', () => {
		async function refused(parameters: Record<string, unknown>, items: INodeExecutionData[]) {
			const { error, items: output } = await runVocu(params(parameters), {
				credentials: vocuCredentials(vocu.url),
				items,
			});
			expect(output).toEqual([]);
			expect(vocu.requests).toEqual([]);
			return error;
		}

		it('a missing binary field, naming the field, the item and the fields there are', async () => {
			const error = await refused({ binaryPropertyName: 'audio' }, [await sampleItem()]);
			expect(error?.message).toBe("Voice sample: the item has no binary field 'audio' [item 0]");
			expect(error?.description).toContain('data');
		});

		it('an item without any binary data', async () => {
			const error = await refused({}, [{ json: {} }]);
			expect(error?.message).toBe("Voice sample: the item has no binary field 'data' [item 0]");
		});

		it('an empty sample', async () => {
			const error = await refused({}, [
				await sampleItem('audio/wav', 'empty.wav', Buffer.alloc(0)),
			]);
			expect(error?.message).toBe("Voice sample: 'data' is empty [item 0]");
		});

		it('a sample that is not audio', async () => {
			const error = await refused({}, [await sampleItem('application/pdf', 'doc.pdf')]);
			expect(error?.message).toBe("Voice sample: 'data' is application/pdf [item 0]");
			expect(error?.description).toContain('audio/*');
		});

		it('an avatar that is not PNG, JPEG or WebP', async () => {
			const item = await sampleItem();
			item.binary = { ...item.binary, picture: await binaryInput(avatar, 'image/gif', 'me.gif') };
			const error = await refused({ additionalFields: { avatarBinaryPropertyName: 'picture' } }, [
				item,
			]);
			expect(error?.message).toBe("Avatar image: 'picture' is image/gif [item 0]");
		});

		it('an empty name', async () => {
			const error = await refused({ name: '  ' }, [await sampleItem()]);
			expect(error?.message).toBe("'Name' is empty [item 0]");
		});

		it('a professional clone with Auto-Detect language', async () => {
			const error = await refused({ additionalFields: { lora: 'upload-1' } }, [await sampleItem()]);
			expect(error?.message).toBe('Professional cloning needs the sample language [item 0]');
		});

		it('a professional clone of a v4.0 voice', async () => {
			const error = await refused(
				{ language: 'zh', modelVersion: 'v4.0', additionalFields: { lora: 'upload-1' } },
				[await sampleItem()],
			);
			expect(error?.message).toBe('Professional cloning is not available for v4.0 voices [item 0]');
		});
	});

	it('explains a 400 from Vocu and never shows the API key', async () => {
		vocu
			.on('POST', '/api/voice')
			.reply(400, createFixture.errors.find((e) => e.code === 'MINIMUM_DURATION_NOT_MET')?.body);
		const { error, run } = await runVocu(params(), {
			credentials: vocuCredentials(vocu.url),
			items: [await sampleItem()],
		});
		expect(error?.message).toBe('The audio sample is too short');
		expect(JSON.stringify(run)).not.toContain(TEST_API_KEY);
	});
});
