'use strict';
// Error items in real n8n: with On Error → Continue (using error output), the error branch gets the failed item
// with its input's fields merged in, paired with that input, so it reads it back with $('Input').item.

const assert = require('node:assert/strict');

const DEAD_VOICE = '00000000-0000-4000-8000-00000000dead';

const errorCases = [
	{
		workflow: 'error-output-paired.json',
		title:
			"Continue (using error output): the error branch reads the failed input with $('Input').item",
		check(run) {
			assert.equal(run.execution.status, 'success', 'execution status');
			const outputs = run.execution.data.resultData.runData['Get Voice'][0].data.main;
			assert.deepEqual(
				outputs[0].map((item) => item.pairedItem),
				[{ item: 0 }],
				'the voice that exists is on the success output',
			);
			assert.equal(outputs[1].length, 1, 'one item on the error output');
			const [failed] = outputs[1];
			assert.deepEqual(failed.pairedItem, { item: 1 }, 'the error item names its input');
			assert.equal(failed.json.key, 'second', "n8n merged the input's fields into the error item");
			assert.equal(failed.json.voice, DEAD_VOICE);
			assert.match(String(failed.json.error), /voice/i, `the message (got "${failed.json.error}")`);
			assert.deepEqual(
				run.output('On Failure').map((item) => item.json),
				[{ failedKey: 'second', mergedVoice: DEAD_VOICE, error: failed.json.error }],
				"the error branch read $('Input').item (null means pairing or the expression engine failed)",
			);
		},
	},
];

module.exports = { errorCases };
