'use strict';
// What each end-to-end workflow must produce in real n8n against the Vocu sandbox. Every check looks at the
// data (JSON fields, binary MIME type/size/bytes, the requests the sandbox received), so a broken node fails.
// A case whose Vocu operation is not in the built node is skipped by the runner, and reported as skipped.

const assert = require('node:assert/strict');
const { SEED } = require('../../sandbox/state');
const { UUID, onlyItem, assertMp3Binary, pathOf, generationCalls } = require('./checks');
const { newOperationCases } = require('./editingCases');
const { audioCases } = require('./casesAudio');
const { errorCases } = require('./errorCases');

const cases = [
	{
		workflow: 'account-get.json',
		title: 'Account → Get: account info unwrapped from `user`, credits added up',
		check(run) {
			const { json } = onlyItem(run, 'Get Account');
			const { account } = run.sandbox.state;
			assert.equal(json.id, SEED.userId, 'user id');
			assert.equal(json.email, 'sandbox@example.com', 'email');
			assert.equal(json.credit, account.credit, 'credit');
			assert.equal(json.bonusCredit, account.bonusCredit, 'bonusCredit');
			assert.equal(
				json.availableCredits,
				account.credit + account.bonusCredit,
				'availableCredits = credit + bonusCredit',
			);
			assert.equal(json.quota?.syncPaidConcurrent, 2, 'quota.syncPaidConcurrent');
			assert.equal(json.status, undefined, 'the {status, message} envelope is not in the output');
			const calls = run.apiRequests();
			assert.deepEqual(
				calls.map((call) => `${call.method} ${call.path} ${call.status}`),
				['GET /api/account/info 200'],
			);
		},
	},
	{
		workflow: 'voice-add-by-share-id.json',
		title: 'Voice → Add by Share ID: voice added, share ID used up',
		check(run) {
			const { json } = onlyItem(run, 'Add Shared Voice');
			const shareId = '1b0f3c7e-2d4a-4f5b-8c6d-7e8f9a0b1c2d';
			assert.match(String(json.voiceId), UUID, 'voiceId is a UUID');
			const voice = run.sandbox.state.voices.get(json.voiceId);
			assert.ok(voice, 'the sandbox account now has that voice');
			assert.equal(voice.from, 'library');
			assert.equal(
				run.sandbox.state.shareIds.has(shareId),
				false,
				'the one-time share ID is used up',
			);
			const [call, ...more] = run.apiRequests();
			assert.equal(more.length, 0, 'exactly one API call');
			assert.equal(`${call.method} ${call.path}`, 'POST /api/voice/byShareId');
			assert.deepEqual(call.body, { shareId });
		},
	},
	{
		workflow: 'continue-on-fail.json',
		title: 'Failing call + Continue On Fail: error item with Vocu’s explanation, workflow succeeds',
		check(run) {
			assert.equal(run.execution.status, 'success', 'execution status');
			const item = onlyItem(run, 'Add Unknown Share');
			const message = String(item.json.error ?? '');
			assert.match(message, /share id/i, `error message names the share ID (got "${message}")`);
			assert.equal(item.json.code, 'RESOURCE_NOT_FOUND', 'Vocu’s code');
			assert.equal(item.json.httpStatus, 404, 'the HTTP status');
			assert.ok(item.json.requestId, 'the request ID');
			assert.match(
				String(item.json.description ?? ''),
				/RESOURCE_NOT_FOUND/,
				'description carries Vocu’s code',
			);
			assert.match(
				String(item.json.description ?? ''),
				/Request ID/,
				'description carries the request ID',
			);
			assert.deepEqual(item.pairedItem, { item: 0 }, 'paired with the input item');
			const calls = run.apiRequests();
			assert.deepEqual(
				calls.map((call) => `${call.method} ${call.path} ${call.status}`),
				['POST /api/voice/byShareId 404'],
				'a 404 is not retried',
			);
		},
	},
	{
		workflow: 'retry-rate-limit.json',
		title: '429 with Retry-After: waited and retried once, then succeeded',
		async before({ sandbox }) {
			sandbox.faults.add({ path: '/api/account/info', status: 429, retryAfter: 1, times: 1 });
		},
		check(run) {
			const { json } = onlyItem(run, 'Get Account');
			assert.equal(json.id, SEED.userId);
			const calls = run.apiRequests();
			assert.deepEqual(
				calls.map((call) => call.status),
				[429, 200],
				'one 429, then one 200',
			);
			const waited = Date.parse(calls[1].at) - Date.parse(calls[0].at);
			assert.ok(waited >= 900, `waited as Retry-After asked (1 s); waited ${waited} ms`);
		},
	},
	{
		workflow: 'speech-generate.json',
		title: 'Speech → Generate: text → binary MP3 downloaded from storage without the key',
		check(run) {
			const item = onlyItem(run, 'Generate Speech');
			const text = 'Hello from the Vocu sandbox. This is an end-to-end test.';
			const [call, ...more] = generationCalls(run);
			assert.equal(more.length, 0, 'exactly one API call besides the quota read');
			assert.equal(
				`${call.method} ${call.path} ${call.status}`,
				'POST /api/tts/simple-generate 200',
			);
			assert.equal(call.body.voiceId, SEED.readyVoiceId, 'voiceId sent');
			assert.equal(call.body.promptId, SEED.happyStyleId, 'style sent as promptId');
			assert.equal(call.body.text, text, 'text sent');
			assert.match(String(item.json.id), UUID, 'generation id');
			assert.equal(item.json.creditUsed, text.length, 'creditUsed');
			assert.ok(
				String(item.json.audioUrl).startsWith(run.storageUrl),
				'audioUrl on the storage origin',
			);
			assertMp3Binary(run, item, 'data', pathOf(item.json.audioUrl));
			const downloads = run.storageRequests();
			assert.equal(downloads.length, 1, 'one download from storage');
			assert.equal(
				downloads[0].authorization,
				undefined,
				'no Authorization header sent to storage',
			);
		},
	},
	{
		workflow: 'speech-stream.json',
		title: 'Speech → Stream: GET simple-generate.mp3, the MP3 body becomes binary',
		check(run) {
			const item = onlyItem(run, 'Stream Speech');
			const [call, ...more] = generationCalls(run);
			assert.equal(more.length, 0, 'exactly one API call besides the quota read');
			assert.equal(
				`${call.method} ${call.path} ${call.status}`,
				'GET /api/tts/simple-generate.mp3 200',
			);
			const query = new URLSearchParams(call.query);
			assert.equal(
				query.get('voiceId'),
				`market:${SEED.marketVoiceUuid}`,
				'market voice ID passed through unchanged',
			);
			assert.equal(query.get('text'), 'Streaming from a market voice.');
			const audioUrl = Object.values(item.json).find(
				(value) =>
					typeof value === 'string' && value.startsWith(run.storageUrl) && value.endsWith('.mp3'),
			);
			assertMp3Binary(run, item, 'data', audioUrl ? pathOf(audioUrl) : undefined);
		},
	},
	{
		workflow: 'task-create-wait.json',
		title: 'Task → Create with Wait for Completion: polled until generated, merged MP3 attached',
		check(run) {
			const item = onlyItem(run, 'Create Task');
			const { json } = item;
			assert.equal(json.status, 'generated', 'task status');
			const task = run.sandbox.state.tasks.get(json.id);
			assert.ok(task, 'the task exists in the sandbox');
			const calls = generationCalls(run);
			assert.equal(
				`${calls[0].method} ${calls[0].path} ${calls[0].status}`,
				'POST /api/tts/generate 200',
			);
			assert.deepEqual(
				calls[0].body.contents.map((segment) => [segment.voiceId, segment.text]),
				[[SEED.readyVoiceId, 'An asynchronous task that the node waits for.']],
				'one segment with voice and text',
			);
			const polls = calls.slice(1);
			assert.ok(polls.length >= 1, 'polled at least once');
			assert.ok(
				polls.every(
					(call) => call.method === 'GET' && call.path === `/api/tts/generate/${json.id}`,
				),
				'polls read that task',
			);
			const merged = json.metadata?.audio;
			assert.ok(
				typeof merged === 'string' && merged.startsWith(run.storageUrl),
				'metadata.audio is the merged MP3 URL',
			);
			const property = Object.keys(item.binary ?? {})[0] ?? 'data';
			assertMp3Binary(run, item, property, pathOf(merged));
			assert.ok(
				run.storageRequests().every((entry) => entry.authorization === undefined),
				'no Authorization sent to storage',
			);
		},
	},
	{
		workflow: 'task-failed-continue.json',
		title: 'Task ends "failed" + Continue On Fail: error item names the task',
		check(run) {
			assert.equal(run.execution.status, 'success', 'execution status');
			const item = onlyItem(run, 'Create Failing Task');
			const created = run.apiRequests().find((call) => call.method === 'POST');
			assert.equal(created?.status, 200, 'the task was created');
			const taskId = [...run.sandbox.state.tasks.values()].find(
				(task) => task.finalStatus === 'failed' && task.createdAt > run.startedAt,
			)?.id;
			assert.ok(taskId, 'the sandbox has the failed task');
			const text = `${item.json.error ?? ''} ${item.json.description ?? ''}`;
			assert.ok(item.json.error, 'error item');
			assert.ok(text.includes(taskId), `the error names task ${taskId}: "${text}"`);
			assert.equal(item.json.generationId, taskId, 'the error item carries the task ID');
			assert.equal(item.binary, undefined, 'no audio for a failed task');
		},
	},
	{
		workflow: 'paired-items-expressions.json',
		title:
			"Nodes after Vocu read $('Input').item: each item gets its own input back (speech, task with wait, list)",
		check(run) {
			const inputs = run.output('Input').map((item) => item.json);
			assert.deepEqual(
				inputs.map((json) => json.key),
				['first', 'second', 'third'],
				'the Code node made three items',
			);
			const byText = new Map(inputs.map((json) => [json.text, json.key]));
			for (const [vocuNode, reader] of [
				['Generate Speech', 'After Speech'],
				['Create Task', 'After Task'],
			]) {
				const read = run.output(reader).map((item) => item.json);
				assert.equal(read.length, 3, `${reader}: one item per input item`);
				// n8n may finish the parallel requests in any order, but each item must carry its own input.
				for (const [index, item] of run.output(vocuNode).entries()) {
					const input = inputs[item.pairedItem?.item ?? -1];
					assert.ok(
						input,
						`${vocuNode} item ${index} is paired with an input item (${JSON.stringify(item.pairedItem)})`,
					);
					assert.deepEqual(
						read[index],
						{ key: input.key, inputText: input.text },
						`${reader} item ${index} read $('Input').item (null means the expression engine failed)`,
					);
				}
			}
			const texts = run
				.apiRequests()
				.filter((call) => call.method === 'POST')
				.map((call) => call.body.text ?? call.body.contents?.[0]?.text);
			assert.deepEqual(
				texts.map((text) => byText.get(text)).sort(),
				['first', 'first', 'second', 'second', 'third', 'third'],
				'every text was sent, once per operation',
			);
			const afterList = run.output('After List').map((item) => item.json.key);
			const voicesPerInput = run.output('List Voices').length / 3;
			assert.ok(
				Number.isInteger(voicesPerInput) && voicesPerInput >= 1,
				`List Voices returned the same voices for each of the 3 inputs (${run.output('List Voices').length} items)`,
			);
			assert.deepEqual(
				[...new Set(afterList)].sort(),
				['first', 'second', 'third'],
				'After List: every voice item reads the input item that listed it',
			);
			for (const key of ['first', 'second', 'third']) {
				assert.equal(
					afterList.filter((value) => value === key).length,
					voicesPerInput,
					`${voicesPerInput} voice item(s) read "${key}"`,
				);
			}
		},
	},
	...newOperationCases,
	...audioCases,
	...errorCases,
];

module.exports = { cases };
