import { runVocu, vocuCredentials } from '../../harness/runNode';
import { useStubServer } from '../../harness/stubServer';
import { segmentsOf } from '../../harness/templates';
import createFixture from '../../fixtures/api/template.create.json';

describe('Template → Create', () => {
	const vocu = useStubServer();

	const request = createFixture.request.body;
	const params = {
		resource: 'template',
		operation: 'create',
		templateName: ` ${request.name} `,
		templateDescription: request.description,
		segments: segmentsOf(request.contents),
	};

	it('posts name, description and segments as contents and outputs the template', async () => {
		vocu
			.on('POST', '/api/template', {
				body: request,
				check: (r) => expect(r.headers['content-type']).toMatch(/^application\/json/),
			})
			.reply(200, createFixture.response.body);
		const { items, error } = await runVocu(params, { credentials: vocuCredentials(vocu.url) });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: createFixture.response.body.data, pairedItem: { item: 0 } }]);
	});

	it('leaves out an empty description', async () => {
		vocu
			.on('POST', '/api/template', { body: { name: request.name, contents: request.contents } })
			.reply(200, createFixture.response.body);
		const { error } = await runVocu(
			{ ...params, templateDescription: '  ' },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error).toBeUndefined();
	});

	it('refuses a template without segments before sending', async () => {
		const { error } = await runVocu(
			{ ...params, segments: {} },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('A template needs at least one segment [item 0]');
		expect(vocu.requests).toHaveLength(0);
	});

	it('refuses a segment whose voice ID is not a voice ID', async () => {
		const segments = { segment: [request.contents[0], { voiceId: 'Alice', text: 'Hi' }] };
		const { error } = await runVocu(
			{ ...params, segments },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Segment 2 has no valid voice ID [item 0]');
		expect(vocu.requests).toHaveLength(0);
	});

	it('refuses a segment without text', async () => {
		const segments = { segment: [{ voiceId: `market:${request.contents[0].voiceId}`, text: ' ' }] };
		const { error } = await runVocu(
			{ ...params, segments },
			{ credentials: vocuCredentials(vocu.url) },
		);
		expect(error?.message).toBe('Segment 1 has no text [item 0]');
		expect(vocu.requests).toHaveLength(0);
	});
});
