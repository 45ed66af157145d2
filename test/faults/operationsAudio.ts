import type { OperationCase } from './operations';
import { byId } from './helpers';

// The same voice ID as IDS in operations.ts (not imported: that module spreads this list).
const VOICE = '9f011950-f143-4eb7-abbb-90e0b66874ea';
const UPLOADED = 'https://storage.vocustatic.com/vc-input/a/b.mp3';
const OK = { status: 200, message: 'OK' };
const created = { ...OK, data: { id: '0d9b8f3e-1c2a-4b5d-9e8f-7a6b5c4d3e2f', status: 'pending' } };

/** An Audio operation submitted without waiting: one POST of one content block. */
function audioTask(
	operation: string,
	params: Record<string, unknown>,
	block: unknown,
): OperationCase {
	return {
		key: `audio.${operation}`,
		params: { resource: 'audio', operation, waitForCompletion: false, ...params },
		first: { method: 'POST', path: '/api/tts/generate' },
		happy: ({ vocu }) =>
			vocu.on('POST', '/api/tts/generate', { body: { contents: [block] } }).reply(200, created),
	};
}

/** Voice conversion and the Audio resource: the operations every fault row runs against. */
export const AUDIO_OPERATIONS: OperationCase[] = [
	{
		key: 'speech.convertVoice',
		params: {
			resource: 'speech',
			operation: 'convertVoice',
			voiceId: byId(VOICE),
			audioSource: 'url',
			inputAudioUrl: UPLOADED,
			downloadAudio: false,
		},
		first: { method: 'POST', path: '/api/tts/simple-generate' },
		happy: ({ vocu }) =>
			vocu
				.on('POST', '/api/tts/simple-generate', {
					body: { voiceId: VOICE, promptId: 'default', input_audio: UPLOADED },
				})
				.reply(200, {
					...OK,
					data: { id: 'vc-1', audio: `${UPLOADED}?converted`, credit_used: 5 },
				}),
	},
	audioTask('generateSoundEffect', { text: 'Thunder' }, { type: 'sfx', text: 'Thunder' }),
	audioTask('generateMusic', { text: 'Piano bed' }, { type: 'music', text: 'Piano bed' }),
	audioTask('generateScene', { text: 'Market' }, { type: 'scene', text: 'Market' }),
	audioTask(
		'separateVocals',
		{ audioSource: 'url', inputAudioUrl: UPLOADED },
		{ type: 'stem_separation', input_audio: UPLOADED },
	),
];
