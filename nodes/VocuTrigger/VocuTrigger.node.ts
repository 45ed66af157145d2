import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CREDENTIAL_NAME, VOCU_ICON } from '../Vocu/shared/constants';
import { searchVoices } from '../Vocu/methods/listSearch';
import { EVENTS, triggerProperties } from './description';
import { pollTaskFinished } from './tasks';
import { pollVoiceReady } from './voices';

export class VocuTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vocu Trigger',
		name: 'vocuTrigger',
		icon: VOCU_ICON,
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "voiceReady" ? "Voice Ready" : "Task Finished"}}',
		// n8n shows this text on the one search entry it makes for an app with a trigger, actions included.
		description:
			'Text to speech, voice cloning, voice changer, sound effects and music with Vocu; this trigger starts when a task finishes or a voice is ready',
		defaults: { name: 'Vocu Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_NAME, required: true }],
		properties: triggerProperties,
	};

	methods = { listSearch: { searchVoices } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', EVENTS.taskFinished) as string;
		return event === EVENTS.voiceReady ? await pollVoiceReady(this) : await pollTaskFinished(this);
	}
}
