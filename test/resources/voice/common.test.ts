import { voiceState, withoutDeletedStyles } from '../../../nodes/Vocu/resources/voice/common';

describe('voiceState', () => {
	it.each([
		['pending', 'ready'],
		['lora-success', 'ready'],
		['lora-awaiting-auto-reupload', 'ready'],
		['failed', 'failed'],
		['lora-failed', 'failed'],
		['lora-need-reupload', 'failed'],
		['creating', 'inProgress'],
		['lora-pending', 'inProgress'],
		['lora-awaiting', 'inProgress'],
		['something-new', 'inProgress'],
	])('%s is %s', (status, state) => {
		expect(voiceState({ status })).toBe(state);
	});

	it('needs the user when a professional clone awaits voiceprint verification (flag on voice or envelope)', () => {
		expect(voiceState({ status: 'lora-awaiting', needPollingVerify: true })).toBe('needsAction');
		expect(voiceState({ status: 'lora-awaiting' }, { needPollingVerify: true })).toBe(
			'needsAction',
		);
	});
});

describe('withoutDeletedStyles', () => {
	const voice = {
		id: 'v',
		metadata: {
			avatar: 'a',
			prompts: [
				{ id: 'default', name: 'Default' },
				{ id: 's1', name: 'Old', deleted: true },
				{ id: 's2', name: 'New', deleted: false },
			],
		},
	};

	it('drops styles flagged deleted and keeps the rest of the voice, without changing the input', () => {
		expect(withoutDeletedStyles(voice)).toEqual({
			id: 'v',
			metadata: {
				avatar: 'a',
				prompts: [
					{ id: 'default', name: 'Default' },
					{ id: 's2', name: 'New', deleted: false },
				],
			},
		});
		expect(voice.metadata.prompts).toHaveLength(3);
	});

	it('can also drop one more style by ID, and leaves voices without styles alone', () => {
		expect((withoutDeletedStyles(voice, 's2').metadata as { prompts: unknown[] }).prompts).toEqual([
			{ id: 'default', name: 'Default' },
		]);
		expect(withoutDeletedStyles({ id: 'x' })).toEqual({ id: 'x' });
	});
});
