import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/voice.getStyleTranscript.json';

const voiceId = fixture.request.pathParams.id;
const path = `/api/voice/${voiceId}/prompt/default/stt`;
const params = {
	resource: 'voice',
	operation: 'getStyleTranscript',
	voiceId: { __rl: true, mode: 'id', value: voiceId },
	styleId: 'default',
};

describe('Voice → Get Style Transcript', () => {
	const vocu = useStubServer();

	it('outputs the transcript string', async () => {
		vocu.on('GET', path).reply(200, fixture.response.body);
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { voiceId, styleId: 'default', transcript: fixture.response.body.data },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('outputs null when the style has no transcript (not an error)', async () => {
		vocu.on('GET', path).reply(200, { status: 200, data: null });
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items[0].json.transcript).toBeNull();
	});

	it('maps 404 RESOURCE_NOT_FOUND (unknown style) and 500', async () => {
		vocu
			.on('GET', path)
			.reply(404, fixture.errors.find((e) => e.code === 'RESOURCE_NOT_FOUND')?.body);
		expect((await runVocu(params, { credentials: vocuCredentials(vocu.url) })).error?.message).toBe(
			'The resource does not exist',
		);
		vocu
			.on('GET', path)
			.times(Infinity)
			.reply(500, fixture.errors.find((e) => e.code === 'SYSTEM_INTERNAL_ERROR')?.body);
		const { error } = await runVocu(
			{ ...params, requestOptions: { retryOnRateLimit: false } },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Vocu had an internal error');
	});
});
