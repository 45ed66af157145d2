import {
	GENERATION_LANGUAGES,
	SAMPLE_LANGUAGES,
} from '../../../nodes/Vocu/shared/fields/languages';

const values = (options: Array<{ value: unknown }>) => options.map((option) => option.value);

describe('languages', () => {
	it('offers Auto-Detect first in both lists, spelled the same', () => {
		expect(GENERATION_LANGUAGES[0]).toEqual({ name: 'Auto-Detect', value: 'auto' });
		expect(SAMPLE_LANGUAGES[0]).toEqual({ name: 'Auto-Detect', value: 'auto' });
	});

	it('lets samples be Japanese ASMR, which Vocu does not generate in', () => {
		expect(values(SAMPLE_LANGUAGES)).toContain('ja-asmr');
		expect(values(GENERATION_LANGUAGES)).not.toContain('ja-asmr');
		expect(values(SAMPLE_LANGUAGES).filter((value) => value !== 'ja-asmr')).toEqual(
			values(GENERATION_LANGUAGES),
		);
	});

	it('uses the long codes Vocu accepts (it drops short ones such as en)', () => {
		expect(values(GENERATION_LANGUAGES)).toEqual([
			'auto',
			'yue',
			'zh',
			'en-us',
			'fr-fr',
			'de',
			'ja',
			'ko',
			'pt',
			'es',
		]);
	});
});
