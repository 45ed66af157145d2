'use strict';
// End-to-end cases of every way Vocu makes audio: a v4.0 voice (Generation Mode Auto), voice conversion, sound
// effects, music, vocal separation, a task mixing narration, a sound effect and a pause, subtitles as a file, and
// the example workflow as imported.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SEED } = require('../../sandbox/state');
const { onlyItem, assertMp3Binary, pathOf } = require('./checks');

const callLine = (call) => `${call.method} ${call.path} ${call.status}`;
const posts = (run, route) =>
	run.apiRequests().filter((call) => call.method === 'POST' && call.path === route);

const v4Case = {
	workflow: 'v4-voice-speaks.json',
	title:
		'A v4.0 voice speaks through Speech → Generate and Task → Create (Auto: read once, controllable path)',
	check(run) {
		const lookups = run
			.apiRequests()
			.filter((call) => callLine(call) === `GET /api/voice/${SEED.v4VoiceId} 200`);
		assert.equal(lookups.length, 1, 'the voice is read once for the whole execution');
		const [speak] = posts(run, '/api/tts/simple-generate');
		assert.deepEqual(speak.body, {
			voiceId: SEED.v4VoiceId,
			text: '{{softly}} Come closer. {{excited}} We won!',
			promptId: 'default',
			instruct_mode: true,
			reference_mode: 'expressive',
		});
		const spoken = onlyItem(run, 'Speak v4');
		assertMp3Binary(run, spoken, 'data', pathOf(spoken.json.audioUrl));
		const [task] = posts(run, '/api/tts/generate');
		assert.equal(task.body.contents[0].instruct_mode, true, 'the task block is controllable');
		const created = onlyItem(run, 'Task v4');
		assert.equal(created.json.status, 'generated');
		assertMp3Binary(run, created, 'data', pathOf(created.json.metadata.audio));
	},
};

const convertCase = {
	workflow: 'speech-convert-voice.json',
	title:
		'Speech → Convert Voice: a binary MP3 is uploaded, converted and comes back as a binary MP3',
	check(run) {
		const [upload] = posts(run, '/api/tts/upload-audio');
		assert.match(String(upload.body.audio), /^data:audio\/mpeg;base64,/, 'the MP3 is uploaded');
		const [, convert] = posts(run, '/api/tts/simple-generate');
		const item = onlyItem(run, 'Convert');
		assert.equal(convert.body.voiceId, SEED.readyVoiceId);
		assert.match(String(convert.body.input_audio), /\/vc-input\//, 'input_audio is the upload URL');
		assert.equal(convert.body.vc_mode, 'standard');
		assert.equal(convert.body.high_quality, true);
		assert.equal(convert.body.text, undefined, 'no text in conversion');
		assertMp3Binary(run, item, 'converted', pathOf(item.json.audioUrl));
	},
};

const audioCase = {
	workflow: 'audio-sfx-music-separation.json',
	title: 'Audio → a sound effect, a music clip and a vocal separation, each as binary audio',
	check(run) {
		const [sfx, music, separation] = posts(run, '/api/tts/generate');
		assert.deepEqual(sfx.body.contents, [
			{ type: 'sfx', text: 'A heavy wooden door creaks open', sfx_length: 2 },
		]);
		assert.deepEqual(music.body.contents, [
			{ type: 'music', text: 'Calm piano bed', music_duration: 4 },
		]);
		assert.equal(separation.body.contents[0].type, 'stem_separation');
		assert.match(String(separation.body.contents[0].input_audio), /\/vc-input\//);
		assertMp3Binary(run, onlyItem(run, 'Sound Effect'), 'sfx');
		assertMp3Binary(run, onlyItem(run, 'Music'), 'music');
		const separated = onlyItem(run, 'Separate');
		assertMp3Binary(run, separated, 'data_vocals');
		assertMp3Binary(run, separated, 'data_accompaniment');
	},
};

const mixedCase = {
	workflow: 'task-mixed-segments.json',
	title:
		'Task → Create mixes narration, a sound effect and a pause; Subtitles on gives an .srt binary',
	check(run) {
		const [create] = posts(run, '/api/tts/generate');
		assert.deepEqual(create.body, {
			contents: [
				{
					type: 'text',
					voiceId: SEED.readyVoiceId,
					text: 'The door was old.',
					promptId: 'default',
					interval: 1,
				},
				{ type: 'sfx', text: 'A heavy wooden door creaks open', sfx_length: 2 },
				{ type: 'text', voiceId: SEED.readyVoiceId, text: 'And it was open.', promptId: 'default' },
			],
			srt: true,
		});
		const item = onlyItem(run, 'Mixed Task');
		assertMp3Binary(run, item, 'data', pathOf(item.json.metadata.audio));
		const srt = item.binary?.data_srt;
		assert.ok(srt, `an .srt binary (binary keys: ${Object.keys(item.binary ?? {}).join(', ')})`);
		assert.equal(srt.mimeType, 'application/x-subrip');
		assert.match(srt.fileName, /\.srt$/);
		assert.match(run.binaryBytes(srt).toString('utf8'), /-->/, 'it holds SRT cues');
		const dropped = run.sandbox.state.droppedKeys.filter(
			(entry) => Date.parse(entry.at) >= run.startedAt,
		);
		assert.deepEqual(dropped, [], 'Vocu dropped no key the node sent');
	},
};

/** The example as a user imports it, with the one field they must pick (the narration voice) set. */
function exampleWorkflow() {
	const example = JSON.parse(
		fs.readFileSync(path.join(__dirname, '../../examples/narration-music-bed-sfx.json'), 'utf8'),
	);
	for (const node of example.nodes) {
		for (const segment of node.parameters?.segments?.segment ?? [])
			if (segment.voiceId === '') segment.voiceId = SEED.readyVoiceId;
	}
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vocu-example-')), 'example.json');
	fs.writeFileSync(file, JSON.stringify({ ...example, id: 'vocuE2eExampleNarration' }));
	return path.relative(path.join(__dirname, 'workflows'), file);
}

const exampleCase = {
	get workflow() {
		this.file ??= exampleWorkflow();
		return this.file;
	},
	title:
		'examples/narration-music-bed-sfx.json runs as imported (voice picked): one MP3 of music, narration and a sound effect',
	check(run) {
		const [create] = posts(run, '/api/tts/generate');
		assert.deepEqual(
			create.body.contents.map((block) => block.type),
			['music', 'text', 'sfx', 'text'],
		);
		const item = onlyItem(run, 'Vocu: Narration Task');
		assertMp3Binary(run, item, 'data', pathOf(item.json.metadata.audio));
	},
};

const audioCases = [v4Case, convertCase, audioCase, mixedCase, exampleCase];

module.exports = { audioCases };
