import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import fixture from '../../fixtures/api/splitter.create.json';

const params = (config: unknown, name = fixture.request.body.name) => ({
	resource: 'splitter',
	operation: 'create',
	name,
	config: typeof config === 'string' ? config : JSON.stringify(config),
});

describe('Splitter → Create', () => {
	const vocu = useStubServer();

	it('posts name and config and outputs the saved splitter', async () => {
		vocu
			.on('POST', '/api/splitter', { body: fixture.request.body })
			.reply(200, fixture.response.body);
		const { items, error } = await runVocu(params(fixture.request.body.config), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: fixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it.each([
		['not JSON', '{"<A>": ', "'Configuration' is not valid JSON [item 0]"],
		['an array', '[]', "'Configuration' must be a JSON object [item 0]"],
		[
			'a placeholder that is not an object',
			{ '<A>': 'voice' },
			"'Configuration' is not a valid splitter configuration [item 0]",
		],
		['no rule at all', {}, "'Configuration' is not a valid splitter configuration [item 0]"],
		[
			'bad splitterMarks',
			{ splitterMarks: ['<<>'], '<A>': { voiceId: 'x' } },
			"'Configuration' is not a valid splitter configuration [item 0]",
		],
		[
			'a fallback without voiceId',
			{ fallbackConfig: { speechRate: 1 } },
			"'Configuration' is not a valid splitter configuration [item 0]",
		],
		[
			'lookupTable entries without tags',
			{ lookupTable: { a: { voiceId: 'x' } } },
			"'Configuration' is not a valid splitter configuration [item 0]",
		],
	])('refuses %s before sending', async (_case, config, message) => {
		const { error } = await runVocu(params(config), { credentials: vocuCredentials(vocu.url) });
		expect(error?.message).toBe(message);
		expect(vocu.requests).toHaveLength(0);
	});

	it('refuses a blank or over-long name', async () => {
		const blank = await runVocu(params(fixture.request.body.config, ' '), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(blank.error?.message).toBe("'Name' is empty [item 0]");
		const long = await runVocu(params(fixture.request.body.config, 'n'.repeat(101)), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(long.error?.message).toBe("'Name' is longer than 100 characters [item 0]");
	});

	it('accepts a fallback-only or marks-only config and maps TTS_SPLITTER_INVALID', async () => {
		vocu
			.on('POST', '/api/splitter')
			.reply(400, fixture.errors.find((e) => e.code === 'TTS_SPLITTER_INVALID')?.body);
		const { error } = await runVocu(params({ splitterMarks: ['[]'] }), {
			credentials: vocuCredentials(vocu.url),
		});
		expect(error?.message).toBe('The text splitter settings are not valid');
	});
});
