'use strict';
// Browser steps for the ways Vocu makes audio besides text to speech (issue 27): the node search finds Vocu by
// "sound effect", "music" and "voice changer" and its action list offers the matching operations; the panels of
// Speech → Convert Voice and Audio → Generate Sound Effect open with their fields. Screenshots in .e2e/ui/.

const path = require('node:path');

/** Query → the Vocu action it must lead to (action names as the node creator lists them). */
const AUDIO_SEARCHES = {
	'sound effect': 'Generate sound effect',
	music: 'Generate music',
	'voice changer': 'Convert recording into voice',
};

function expect(condition, message) {
	if (!condition) throw new Error(message);
}

async function texts(locator) {
	return (await locator.allInnerTexts()).map((text) => text.trim());
}

/** Searches `query` (searchFinds of run.js checks Vocu is listed), opens Vocu and returns the actions under it. */
async function actionsFound(page, query, searchFinds) {
	await searchFinds(page, query);
	await page
		.getByTestId('node-creator-item-name')
		.filter({ hasText: /^Vocu$/ })
		.first()
		.click();
	await page.getByTestId('node-creator-item-name').nth(1).waitFor();
	return await texts(page.getByTestId('node-creator-item-name'));
}

async function audioSteps({
	page,
	url,
	step,
	shots,
	openNodeSearch,
	chooseVocu,
	openAction,
	searchFinds,
}) {
	for (const [query, action] of Object.entries(AUDIO_SEARCHES)) {
		await step(`Node search "${query}" offers Vocu's "${action}"`, async () => {
			await openNodeSearch(page, url);
			const actions = await actionsFound(page, query, searchFinds);
			expect(actions.includes(action), `Vocu's actions after "${query}": ${actions.join(', ')}`);
			await page.screenshot({
				path: path.join(shots, `search-${query.replace(/ /g, '-')}.png`),
			});
			return `${actions.length} actions, "${action}" among them`;
		});
	}
	const panels = [
		['Convert recording into voice', 'Speech', 'Convert Voice', ['voiceId', 'audioSource']],
		['Generate sound effect', 'Audio', 'Generate Sound Effect', ['text', 'waitForCompletion']],
	];
	for (const [action, resource, operation, fields] of panels) {
		await step(`${resource} - ${operation} opens with its fields`, async () => {
			await openNodeSearch(page, url);
			await chooseVocu(page);
			await openAction(page, action, resource, operation);
			for (const name of fields)
				await page.getByTestId(`parameter-input-${name}`).first().waitFor({ timeout: 10_000 });
			const file = `${resource}-${operation}`.toLowerCase().replace(/ /g, '-');
			await page.screenshot({ path: path.join(shots, `${file}.png`), fullPage: true });
			return `${fields.join(', ')} shown`;
		});
	}
}

module.exports = { audioSteps };
