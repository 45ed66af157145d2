'use strict';
// End-to-end cases of voice and style editing (rename, default-style ID swap, reset,
// transcript), presets, splitter CRUD, a two-voice script with an inline Voice Mapping, and long-text splitting.

const assert = require('node:assert/strict');
const { SEED } = require('../../sandbox/state');
const { UUID, onlyItem, assertMp3Binary, pathOf, generationCalls } = require('./checks');

/** An editable voice the voice case adds to the sandbox first, so the seeded voices stay as other cases expect. */
const EDITABLE = {
	voiceId: 'b7e1c0de-5a1e-4c2b-9d3f-0a1b2c3d4e5f',
	calmStyleId: 'c41a9e7b-2f3d-4e5a-8b6c-7d8e9f0a1b2c',
	description: 'Kept description',
	calmDescription: 'Calm style description',
};
const MARKET_VOICE = `market:${SEED.marketVoiceUuid}`;
const SCRIPT = '<Anna> Hello. <Ben> Hi, Anna.';
const LONG_TEXT_PARTS = [
	'The first sentence of a long text.',
	'A second sentence follows it here!',
	'Is this the third one?',
	'Yes, and this is the fourth and last.',
];

/** A path ending in an ID, as a pattern: `/api/splitter/<uuid>` → `/api/splitter/:id`. */
const UUID_IN_PATH = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const callLine = (call) => `${call.method} ${call.path} ${call.status}`;
const styleNames = (voice) => voice.metadata.prompts.map((style) => [style.id, style.name]);

function addEditableVoice({ sandbox }) {
	const { state } = sandbox;
	state.addVoice({
		id: EDITABLE.voiceId,
		name: 'Editable Narrator',
		description: EDITABLE.description,
		createdAt: Date.now() - 60_000,
		prompts: [
			state.newStyle('default', 'Warm', { description: 'The original default' }),
			state.newStyle(EDITABLE.calmStyleId, 'Calm', { description: EDITABLE.calmDescription }),
		],
	});
}

/** Rename Voice and Rename Style keep the descriptions they were not asked to change. */
function checkRenames(run, calls) {
	const voice = onlyItem(run, 'Rename Voice').json;
	assert.equal(voice.name, 'Renamed Narrator', 'the voice is renamed');
	assert.equal(voice.metadata.description, EDITABLE.description, 'the voice keeps its description');
	assert.deepEqual(calls[1].body, { name: 'Renamed Narrator', description: EDITABLE.description });
	const styles = onlyItem(run, 'Rename Style').json.metadata.prompts;
	const calm = styles.find((style) => style.id === EDITABLE.calmStyleId);
	assert.equal(calm?.name, 'Calm (renamed)', 'the style is renamed');
	assert.equal(calm?.description, EDITABLE.calmDescription, 'the style keeps its description');
	assert.deepEqual(calls[3].body, {
		name: 'Calm (renamed)',
		description: EDITABLE.calmDescription,
	});
}

/** Set Default Style says which IDs moved: the chosen style is now "default", the former default got a new ID. */
function checkDefaultSwap(run) {
	const { json } = onlyItem(run, 'Set Default Style');
	const previous = json.previousDefaultStyleId;
	assert.equal(json.changed, true, 'changed');
	assert.equal(json.promotedStyleId, EDITABLE.calmStyleId, 'promotedStyleId');
	assert.match(String(previous), UUID, `previousDefaultStyleId is the new UUID (got ${previous})`);
	assert.deepEqual(json.styleIdChanges, [
		{ name: 'Calm (renamed)', before: EDITABLE.calmStyleId, after: 'default' },
		{ name: 'Warm', before: 'default', after: previous },
	]);
	const expected = [
		['default', 'Calm (renamed)'],
		[previous, 'Warm'],
	];
	assert.deepEqual(styleNames(json), expected, 'output styles after the swap');
	const stored = run.sandbox.state.voices.get(EDITABLE.voiceId);
	assert.deepEqual(styleNames(stored), expected, 'the sandbox holds the same IDs');
}

function checkTranscriptAndReset(run, calls) {
	const transcript = 'The calm sample says exactly this.';
	assert.deepEqual(calls[6].body, { text: transcript }, 'Correct Transcript sent the text');
	assert.deepEqual(onlyItem(run, 'Get Transcript').json, {
		voiceId: EDITABLE.voiceId,
		styleId: 'default',
		transcript,
	});
	assert.deepEqual(calls[8].body, { enhance: true, vocalFilter: false }, 'Reset Style flags');
	const reset = onlyItem(run, 'Reset Style').json.metadata.prompts[0];
	assert.equal(reset.id, 'default');
	assert.equal(reset.enhance, true, 'the reset style will be enhanced');
	assert.equal(reset.transcript, undefined, 'the reset style has no transcript');
	assert.equal(onlyItem(run, 'Transcript After Reset').json.transcript, null, 'null after reset');
}

const voiceStylesCase = {
	workflow: 'voice-update-styles.json',
	title:
		'Voice → Update, Update Style, Set Default Style (ID swap reported), Correct/Get Style Transcript, Reset Style',
	before: addEditableVoice,
	check(run) {
		const calls = run.apiRequests();
		const voice = `/api/voice/${EDITABLE.voiceId}`;
		assert.deepEqual(calls.map(callLine), [
			`GET ${voice} 200`,
			`POST ${voice}/info 200`,
			`GET ${voice} 200`,
			`POST ${voice}/prompt/${EDITABLE.calmStyleId}/info 200`,
			`GET ${voice} 200`,
			`POST ${voice}/prompt/${EDITABLE.calmStyleId}/default 200`,
			`POST ${voice}/prompt/default/stt 200`,
			`GET ${voice}/prompt/default/stt 200`,
			`POST ${voice}/prompt/default/reset 200`,
			`GET ${voice}/prompt/default/stt 200`,
		]);
		checkRenames(run, calls);
		checkDefaultSwap(run);
		checkTranscriptAndReset(run, calls);
	},
};

function checkPresets(run) {
	const presets = run.output('List Presets').map((item) => item.json);
	assert.deepEqual(
		presets.map((preset) => preset.key),
		['v2_balance', 'v2_creative', 'v2_stable', 'v3_balance', 'v3_balance_pro'],
		'every preset, one item each',
	);
	const pro = presets.find((preset) => preset.key === 'v3_balance_pro');
	assert.equal(pro.name, 'v3 Balance (Pro)', 'readable name');
	assert.match(pro.description, /v3\.0 voices.*temperature 1/, `description: ${pro.description}`);
	assert.equal(pro.config?.top_k, 512, 'Vocu’s config is kept');
}

function checkSplitterCrud(run, calls) {
	const created = onlyItem(run, 'Create Splitter').json;
	assert.match(String(created.id), UUID, 'splitter id');
	const rules = { '<Anna>': { voiceId: SEED.readyVoiceId }, '<Ben>': { voiceId: MARKET_VOICE } };
	assert.deepEqual(created.config, rules, 'created with the rules');
	const path = `/api/splitter/${created.id}`;
	const changes = {
		'<Ben>': { speechRate: 1.2 },
		'<Cara>': { voiceId: SEED.readyVoiceId, promptId: SEED.happyStyleId },
	};
	const update = calls.find((call) => call.method === 'POST' && call.path === path);
	assert.deepEqual(update?.body, { name: 'E2E dialogue (three voices)', config: changes });
	const merged = {
		'<Anna>': rules['<Anna>'],
		'<Ben>': { voiceId: MARKET_VOICE, speechRate: 1.2 },
		'<Cara>': changes['<Cara>'],
	};
	assert.deepEqual(onlyItem(run, 'Update Splitter').json.config, merged, 'changes merged');
	const got = onlyItem(run, 'Get Splitter').json;
	assert.deepEqual([got.id, got.name, got.config], [created.id, update.body.name, merged]);
	const listed = run.output('List Splitters').map((item) => item.json.id);
	assert.ok(listed.includes(created.id), `Get Many lists the splitter (${listed.join(', ')})`);
	assert.deepEqual(onlyItem(run, 'Delete Splitter').json, {
		deleted: true,
		splitterId: created.id,
	});
	assert.equal(callLine(calls[calls.length - 1]), `DELETE ${path} 200`, 'deleted last');
}

const presetSplitterCase = {
	workflow: 'preset-splitter-crud.json',
	title: 'Preset → Get Many; Splitter → Create, Update (deep merge), Get, Get Many, Delete',
	check(run) {
		const calls = run.apiRequests();
		assert.deepEqual(
			calls.map((call) => `${call.method} ${call.path.replace(UUID_IN_PATH, ':id')}`),
			[
				'GET /api/tts/presets',
				'POST /api/splitter',
				'POST /api/splitter/:id',
				'GET /api/splitter/:id',
				'GET /api/splitter',
				'DELETE /api/splitter/:id',
			],
		);
		assert.ok(
			calls.every((call) => call.status === 200),
			'every call answered 200',
		);
		checkPresets(run);
		checkSplitterCrud(run, calls);
	},
};

/** The tasks the sandbox created during this run. */
function newTasks(run) {
	return [...run.sandbox.state.tasks.values()].filter((task) => task.createdAt >= run.startedAt);
}

const scriptCase = {
	workflow: 'task-script-mapping.json',
	title: `Task → Create from Script "${SCRIPT}" with a Voice Mapping: one task, both voices, merged MP3`,
	check(run) {
		const item = onlyItem(run, 'Create from Script');
		const [create, ...polls] = generationCalls(run);
		assert.equal(callLine(create), 'POST /api/tts/generate 200', 'the task is created');
		// n8n fills each Voice Mapping row's defaults in, so Speech Rate 1 (the voice's own pace) is sent too.
		assert.deepEqual(create.body, {
			text: SCRIPT,
			splitter: {
				'<Anna>': { voiceId: SEED.readyVoiceId, speechRate: 1 },
				'<Ben>': { voiceId: MARKET_VOICE, speechRate: 1 },
			},
		});
		assert.ok(polls.length >= 1, 'polled at least once');
		assert.ok(
			polls.every((call) => callLine(call) === `GET /api/tts/generate/${item.json.id} 200`),
			`only polls of that task follow: ${polls.map(callLine).join(', ')}`,
		);
		const tasks = newTasks(run);
		assert.equal(tasks.length, 1, 'exactly one task was created');
		assert.deepEqual(
			tasks[0].segments.map((segment) => [segment.voiceId, segment.text]),
			[
				[SEED.readyVoiceId, 'Hello.'],
				[MARKET_VOICE, 'Hi, Anna.'],
			],
			'the task holds both voices in script order',
		);
		assert.equal(item.json.id, tasks[0].id, 'the output is that task');
		assert.equal(item.json.status, 'generated', 'waited until generated');
		const merged = item.json.metadata?.audio;
		assert.ok(String(merged).startsWith(run.storageUrl), 'metadata.audio is the merged MP3 URL');
		const binaries = Object.keys(item.binary ?? {});
		assert.equal(binaries.length, 1, `one binary, the merged audio (${binaries.join(', ')})`);
		assertMp3Binary(run, item, binaries[0], pathOf(merged));
		assert.equal(run.storageRequests().length, 1, 'only the merged audio was downloaded');
	},
};

const splitLongTextCase = {
	workflow: 'task-split-long-text.json',
	title:
		'Task → Create with Split Long Text: one task, one segment per sentence group (≤ 40 chars)',
	check(run) {
		const { json } = onlyItem(run, 'Create Long Task');
		const [create, ...more] = generationCalls(run);
		assert.equal(more.length, 0, 'one API call besides the quota read (no waiting)');
		assert.equal(callLine(create), 'POST /api/tts/generate 200');
		assert.deepEqual(
			create.body.contents,
			LONG_TEXT_PARTS.map((text) => ({
				type: 'text',
				voiceId: SEED.readyVoiceId,
				text,
				promptId: 'default',
			})),
			'the sentences, each within the limit, all with the same voice and style',
		);
		const tasks = newTasks(run);
		assert.equal(tasks.length, 1, 'exactly one task was created');
		assert.equal(tasks[0].segments.length, LONG_TEXT_PARTS.length, 'with every segment');
		assert.equal(json.id, tasks[0].id, 'the output is that task');
		assert.equal(json.metadata?.contents?.length, LONG_TEXT_PARTS.length, 'output lists them');
		assert.equal(run.storageRequests().length, 0, 'nothing downloaded without waiting');
	},
};

const newOperationCases = [voiceStylesCase, presetSplitterCase, scriptCase, splitLongTextCase];

module.exports = { newOperationCases };
