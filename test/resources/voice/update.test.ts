import { runVocu, vocuCredentials } from '../../harness/runNode';
import { TEST_API_KEY, useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/voice.updateInfo.json';

const voiceId = fixture.request.pathParams.id;
const path = `/api/voice/${voiceId}/info`;
const voice = fixture.response.body.data;
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const params = (updateFields: Record<string, string>) => ({
	resource: 'voice',
	operation: 'update',
	voiceId: byId(voiceId),
	updateFields,
});
const errorBody = (code: string) => fixture.errors.find((e) => e.code === code)?.body;

describe('Voice → Update', () => {
	const vocu = useStubServer();

	it('posts name and description and outputs the updated voice', async () => {
		vocu.on('POST', path, { body: fixture.request.body }).reply(200, fixture.response.body);
		const { items, error } = await runVocu(params(fixture.request.body), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: voice, pairedItem: { item: 0 } }]);
		expect(vocu.requests[0].headers['content-type']).toContain('application/json');
		expect(vocu.requests[0].headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
	});

	it('keeps the description on a rename: reads the voice first and sends its description again', async () => {
		vocu.on('GET', `/api/voice/${voiceId}`).reply(200, { status: 200, message: 'OK', data: voice });
		vocu
			.on('POST', path, {
				body: { name: 'Calm narrator', description: voice.metadata.description },
			})
			.reply(200, { status: 200, data: { ...voice, name: 'Calm narrator' } });
		const { items, error } = await runVocu(params({ name: 'Calm narrator' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			name: 'Calm narrator',
			metadata: { description: voice.metadata.description },
		});
		expect(vocu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /api/voice/${voiceId}`,
			`POST ${path}`,
		]);
	});

	it('clears the description only when asked to (an empty Description field)', async () => {
		vocu.on('POST', path, { body: { description: '' } }).reply(200, fixture.response.body);
		const { error } = await runVocu(params({ description: '' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
	});

	it('refuses an empty update and a blank name without sending', async () => {
		const empty = await runVocu(params({}), { credentials: vocuCredentials(vocu.url) });
		expect(empty.error?.message).toBe('Nothing to update [item 0]');
		const blank = await runVocu(params({ name: '  ' }), { credentials: vocuCredentials(vocu.url) });
		expect(blank.error?.message).toBe("'Name' is empty [item 0]");
		expect(vocu.requests).toHaveLength(0);
	});

	it('maps Vocu refusals: safety check, market voice, unknown voice', async () => {
		vocu.on('POST', path).reply(400, errorBody('SAFETY_PROFILE_REJECTED'));
		const safety = await runVocu(params({ name: 'x', description: 'y' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(safety.error?.message).toBe(
			'Vocu rejected the name, description or image in its safety check',
		);
		vocu.on('POST', path).reply(403, errorBody('AUTH_FORBIDDEN'));
		const forbidden = await runVocu(params({ name: 'x', description: 'y' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(forbidden.error?.message).toBe('This account may not change that resource');
		vocu.on('GET', `/api/voice/${voiceId}`).reply(404, errorBody('VOICE_NOT_FOUND'));
		const missing = await runVocu(params({ name: 'x' }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(missing.error?.message).toBe('The voice does not exist in this account');
	});

	it('gives an error item and goes on with Continue On Fail', async () => {
		vocu
			.on('POST', path)
			.times(2)
			.replyWith((request) =>
				(request.json as { name: string }).name === 'bad'
					? { status: 409, json: errorBody('VOICE_CREATING') }
					: { status: 200, json: fixture.response.body },
			);
		const { items, error } = await runVocu(
			params({ name: '={{ $json.name }}', description: 'd' }),
			{
				credentials: vocuCredentials(vocu.url),
				items: [{ json: { name: 'bad' } }, { json: { name: 'good' } }],
				settings: { continueOnFail: true },
			},
		);
		expect(error).toBeUndefined();
		expect(items[0]).toMatchObject({
			json: { error: 'The voice is still being created' },
			pairedItem: { item: 0 },
		});
		expect(items[1]).toMatchObject({ json: { id: voiceId }, pairedItem: { item: 1 } });
	});
});
