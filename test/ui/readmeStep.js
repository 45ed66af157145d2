'use strict';
// Browser step: the README's smallest workflow, as a reader pastes it (the voice picked, the credential chosen),
// runs in `npm start`'s n8n and writes its MP3 where that n8n may write (/tmp/vocu).

const fs = require('node:fs');
const path = require('node:path');

const local = require('../../scripts/n8n-local');
const { SEED } = require('../../sandbox/server');

/** The JSON block after "The smallest useful workflow" in README.md. */
function readmeWorkflow() {
	const readme = fs.readFileSync(path.join(local.REPO, 'README.md'), 'utf8');
	const block = readme
		.slice(readme.indexOf('The smallest useful workflow'))
		.match(/```json\n([\s\S]*?)\n```/);
	if (!block) throw new Error('README.md has no JSON block after "The smallest useful workflow"');
	return JSON.parse(block[1]);
}

async function readmeSnippetStep({ page, context, url, step, credential, finishedExecution }) {
	await step("README's smallest workflow runs as pasted and writes its MP3", async () => {
		const workflow = local.fillForSandbox(readmeWorkflow(), SEED);
		for (const node of workflow.nodes) {
			if (node.type.startsWith(`${local.PACKAGE_NAME}.`))
				node.credentials = { vocuApi: credential };
		}
		const file = path.join(local.EXAMPLE_OUTPUT_DIR, 'hello.mp3');
		fs.rmSync(file, { force: true });
		const created = await context.request.post(`${url}/rest/workflows`, {
			data: { ...workflow, active: false, settings: {} },
		});
		if (!created.ok()) throw new Error(`creating the workflow answered ${created.status()}`);
		const { id } = (await created.json()).data;
		await page.goto(`${url}/workflow/${id}`);
		await page.getByTestId('canvas-node').first().waitFor();
		const since = Date.now();
		await page.getByTestId('execute-workflow-button').first().click();
		const execution = await finishedExecution(context, url, id, since);
		if (execution.status !== 'success')
			throw new Error(`the execution ended "${execution.status}"`);
		if (!fs.existsSync(file)) throw new Error(`${file} was not written`);
		return `executed: success; ${file} (${fs.statSync(file).size} bytes)`;
	});
}

module.exports = { readmeSnippetStep };
