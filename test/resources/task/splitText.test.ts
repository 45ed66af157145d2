import { splitText } from '../../../nodes/Vocu/resources/task/splitText';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('splitText', () => {
	it('keeps a short text whole', () => {
		expect(splitText('Hello there.', 100)).toEqual(['Hello there.']);
	});

	it('cuts after sentence ends and packs sentences up to the limit', () => {
		expect(splitText('Hello there. How are you? I am fine! Yes.', 25)).toEqual([
			'Hello there. How are you?',
			'I am fine! Yes.',
		]);
		expect(splitText('Hello there. How are you? I am fine! Yes.', 24)).toEqual([
			'Hello there.',
			'How are you? I am fine!',
			'Yes.',
		]);
	});

	it('cuts after CJK sentence ends without spaces', () => {
		expect(splitText('你好。我很好！谢谢你？好的；再见。', 7)).toEqual([
			'你好。我很好！',
			'谢谢你？好的；',
			'再见。',
		]);
	});

	it('keeps closing quotes with their sentence and cuts at line breaks', () => {
		expect(splitText('"Quoted." Next one.\nLine two', 12)).toEqual([
			'"Quoted."',
			'Next one.',
			'Line two',
		]);
	});

	it('does not cut inside numbers', () => {
		expect(splitText('Pi is 3.14 today. Next.', 18)).toEqual(['Pi is 3.14 today.', 'Next.']);
	});

	it('hard-splits an over-long sentence at spaces, else at the limit', () => {
		expect(splitText('word '.repeat(6).trim(), 12)).toEqual([
			'word word',
			'word word',
			'word word',
		]);
		expect(splitText('a'.repeat(45), 20)).toEqual(['a'.repeat(20), 'a'.repeat(20), 'a'.repeat(5)]);
	});

	it('never cuts a surrogate pair', () => {
		const parts = splitText('😀'.repeat(5), 3);
		expect(parts.join('')).toBe('😀'.repeat(5));
		for (const part of parts) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
	});

	it('never drops text and respects the limit on a long mixed article', () => {
		const article = Array.from({ length: 60 }, (_, i) =>
			i % 3 === 0
				? `第${i}句话很长，但是没有空格，所以需要在合适的地方切开。`
				: `Sentence number ${i} says something useful! `,
		).join('');
		const parts = splitText(article, 80);
		expect(squash(parts.join(''))).toBe(squash(article));
		for (const part of parts) expect(part.length).toBeLessThanOrEqual(80);
	});
});
