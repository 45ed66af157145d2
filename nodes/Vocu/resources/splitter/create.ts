import type { PreSendHook } from '../../shared/routing/hooks';
import { operation, type VocuOperation } from '../../shared/routing/operation';
import { API_PATHS } from '../../shared/constants';
import { textField } from '../../shared/fields/common';
import { unwrapData } from '../../shared/routing/output';
import {
	checkSplitterConfig,
	checkSplitterName,
	configDescription,
	locationOf,
	parseConfig,
} from './common';

/** Sends `{ name, config }` once both follow Vocu's rules. */
export const sendNewSplitter: PreSendHook = async function (requestOptions) {
	const node = this.getNode();
	const at = locationOf(this);
	const name = checkSplitterName(node, at, this.getNodeParameter('name', ''));
	const config = parseConfig(node, at, 'Configuration', this.getNodeParameter('config', ''));
	checkSplitterConfig(node, at, 'Configuration', config);
	requestOptions.body = { name, config };
	return requestOptions;
};

export const create: VocuOperation = operation({
	name: 'Create',
	action: 'Create splitter',
	description:
		'Save placeholder → voice rules for multi-voice scripts (Task → Create from Script uses them)',
	method: 'POST',
	path: API_PATHS.splitters,
	preSend: [sendNewSplitter],
	postReceive: [unwrapData],
	fields: [
		textField('Name', 'name', 'Name of the splitter, at most 100 characters', {
			required: true,
			placeholder: 'e.g. Two-speaker dialogue',
		}),
		{
			displayName: 'Configuration',
			name: 'config',
			type: 'json',
			default: '{\n  "<Anna>": { "voiceId": "" },\n  "<Ben>": { "voiceId": "" }\n}',
			required: true,
			description: configDescription,
		},
	],
});
