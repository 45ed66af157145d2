import { getPresets } from '../../nodes/Vocu/methods/presets';
import { presetLabel } from '../../nodes/Vocu/resources/preset/common';
import { pickerContext } from '../harness/pickerContext';
import { useStubServer } from '../harness/stubServer';
import fixture from '../fixtures/api/tts.listPresets.json';

describe('Preset dropdown (getPresets)', () => {
	const vocu = useStubServer();
	const context = () =>
		pickerContext(
			vocu.url,
			{ resource: 'speech', operation: 'generate' },
			'parameters.generationOptions.preset',
		);

	it("offers the documented three first, then the account's presets with readable labels", async () => {
		vocu.on('GET', '/api/tts/presets').reply(200, fixture.response.body);
		const options = await getPresets.call(context());
		expect(options.map((option) => [option.name, option.value])).toEqual([
			['Balance', 'balance'],
			['Creative', 'creative'],
			['Stable', 'stable'],
			['v2 Balance', 'v2_balance'],
			['v3 Balance (Pro)', 'v3_balance_pro'],
		]);
		expect(options[4].description).toBe(
			'For v3.0 voices (professional clones): temperature 1, top_k 512, top_p 1',
		);
	});

	it('falls back to the documented three when Vocu cannot list presets', async () => {
		vocu.on('GET', '/api/tts/presets').reply(404, { status: 404, message: 'Not Found' });
		expect((await getPresets.call(context())).map((option) => option.value)).toEqual([
			'balance',
			'creative',
			'stable',
		]);
	});

	it('builds labels from translation keys', () => {
		expect(presetLabel('v3_balance_pro')).toBe('v3 Balance (Pro)');
		expect(presetLabel('v2_creative')).toBe('v2 Creative');
		expect(presetLabel('v4_very_stable')).toBe('v4 Very Stable');
		expect(presetLabel('stable')).toBe('Stable');
		expect(presetLabel('pro')).toBe('Pro');
	});
});
