'use strict';
// Browser steps for the pickers and the credential form (run by test/ui/run.js, screenshots in .e2e/ui/):
//   - the voice list tells same-name voices apart (ID start, Market/Shared tags)
//   - typing a voice ID by hand asks Vocu nothing until the ID is whole; the Style list says what it waits for
//   - the Vocu Trigger's voice filter is the voice picker
//   - the credential's Custom Base URL starts empty; a refused URL shows the notice, and the test says why

const path = require('node:path');

const UUID_START = /· [0-9a-f]{8}$/;

async function sandboxRequests(context, sandboxUrl) {
	const response = await context.request.get(`${sandboxUrl}/__sandbox/requests`);
	return (await response.json()).requests;
}

/** The voice list and the hand-typed ID of Speech → Generate (opened by `openGenerate`). */
async function voicePickerSteps({ page, context, sandboxUrl, step, shots, openGenerate }) {
	await step(
		'The voice list shows where each voice comes from and the start of its ID',
		async () => {
			await openGenerate();
			await page.getByTestId('rlc-input').first().click();
			await page.getByTestId('rlc-item').first().waitFor();
			const names = (await page.getByTestId('rlc-item').allInnerTexts()).map((name) => name.trim());
			await page.screenshot({ path: path.join(shots, 'voice-list-ids.png') });
			const bare = names.filter((name) => !UUID_START.test(name));
			if (bare.length) throw new Error(`voices without an ID start: ${bare.join(', ')}`);
			if (!names.some((name) => /\(Market/.test(name)))
				throw new Error(`no voice tagged Market in ${names.join(', ')}`);
			await page.keyboard.press('Escape');
			return names.join(', ');
		},
	);

	await step('Typing a voice ID asks Vocu nothing until it is whole; Style says why', async () => {
		await page.getByTestId('rlc-mode-selector').first().click();
		await page.getByRole('option', { name: 'By ID' }).click();
		await context.request.delete(`${sandboxUrl}/__sandbox/requests`);
		const input = page.getByTestId('rlc-input').first();
		await input.fill('');
		await input.pressSequentially('Anna0', { delay: 150 });
		await page.keyboard.press('Tab');
		await page.waitForTimeout(1500);
		const lookups = (await sandboxRequests(context, sandboxUrl)).filter((request) =>
			/^\/api\/voice\/./.test(request.path),
		);
		if (lookups.length)
			throw new Error(`style lookups for a partial ID: ${lookups.map((r) => r.path).join(', ')}`);
		await page.getByTestId('parameter-input-styleId').first().click();
		const hint = page.getByText(/whole voice ID/).first();
		await hint.waitFor({ timeout: 10_000 });
		await page.screenshot({ path: path.join(shots, 'style-list-partial-id.png') });
		await page.keyboard.press('Escape');
		return `no /api/voice/<id> request while typing "Anna0"; Style list: ${(await hint.innerText()).trim()}`;
	});
}

/** A new workflow whose first step is Vocu Trigger → Task Finished, its panel open. */
async function openTaskFinishedTrigger(page, url) {
	await page.goto(`${url}/workflow/new`);
	await page.getByTestId('canvas-add-button').click();
	await page.getByTestId('node-creator-search-bar').fill('Vocu');
	await page.getByTestId('node-creator-item-name').filter({ hasText: /^Vocu/ }).first().click();
	await page
		.getByTestId('node-creator-item-name')
		.filter({ hasText: /task finished/i })
		.first()
		.click();
	await page.getByTestId('ndv').waitFor();
}

/** Vocu Trigger → Task Finished: the voice filter is a picker, with no sandbox ID as a placeholder. */
async function triggerVoiceStep({ page, url, step, shots, sandboxVoiceId }) {
	await step('Vocu Trigger: Only Tasks Using Voice is the voice picker', async () => {
		await openTaskFinishedTrigger(page, url);
		const field = page.getByTestId('parameter-input-voiceId').first();
		await field.waitFor({ timeout: 10_000 });
		await field.getByTestId('rlc-input').first().click();
		await page.getByTestId('rlc-item').first().waitFor();
		const names = (await page.getByTestId('rlc-item').allInnerTexts()).map((name) => name.trim());
		await page.screenshot({ path: path.join(shots, 'trigger-voice-picker.png') });
		if (!names.some((name) => name.startsWith('Sandbox Narrator')))
			throw new Error(`the trigger's voice list: ${names.join(', ')}`);
		const panel = await page.getByTestId('ndv').innerHTML();
		if (panel.includes(sandboxVoiceId))
			throw new Error('the sandbox voice ID shows as a placeholder');
		await page.keyboard.press('Escape');
		return names.join(', ');
	});
}

/** A new Vocu API credential: Custom Base URL empty; a refused URL shows the notice and the test says why. */
async function credentialStep({ page, url, step, shots }) {
	await step('Credential: Custom Base URL starts empty; a refused URL is explained', async () => {
		await page.goto(`${url}/home/credentials/create`);
		await page.getByTestId('new-credential-type-select').locator('input').fill('Vocu API');
		await page.getByTestId('new-credential-type-select-option').first().click();
		await page.getByTestId('new-credential-type-button').click();
		const dialog = page.getByTestId('credential-edit-dialog');
		await dialog.waitFor();
		await dialog.getByTestId('parameter-input-apiKey').locator('input').fill('sk-ui-test');
		await dialog.getByTestId('parameter-input-region').click();
		await page.getByRole('option', { name: 'Custom Base URL' }).click();
		const baseUrl = dialog.getByTestId('parameter-input-baseUrl').locator('input').first();
		const prefilled = await baseUrl.inputValue();
		if (prefilled) throw new Error(`Base URL is prefilled with "${prefilled}"`);
		await baseUrl.fill('https://http://example.com');
		const notice = dialog.getByText(/This Base URL will be refused/).first();
		await notice.waitFor({ timeout: 10_000 });
		await page.getByTestId('credential-save-button').click();
		// n8n's banner says "Couldn't connect…"; its More details show the credential test's own answer (the
		// notice above says "Nothing is sent"; the test "Nothing was sent").
		await page.getByText('More details').first().click({ timeout: 30_000 });
		const said = page.getByText(/Nothing was sent/).first();
		await said.waitFor({ timeout: 10_000 });
		await page.screenshot({ path: path.join(shots, 'credential-refused-base-url.png') });
		return `empty Base URL; notice shown; test: ${(await said.innerText()).trim().slice(0, 160)}`;
	});
}

module.exports = { voicePickerSteps, triggerVoiceStep, credentialStep };
