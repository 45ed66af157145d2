import '../harness/environment';

import { PollContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { VocuTrigger } from '../../nodes/VocuTrigger/VocuTrigger.node';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { binaryDataService } from '../harness/runNode';

export const TRIGGER_TYPE = 'n8n-nodes-vocu.vocuTrigger';

const trigger = new VocuTrigger();

const nodeTypes: INodeTypes = {
	getByName: (type: string) => byType(type),
	getByNameAndVersion: (type: string) => byType(type),
	getKnownTypes: () => ({}),
};

function byType(type: string): INodeType & IVersionedNodeType {
	if (type !== TRIGGER_TYPE) throw new Error(`Unknown node type ${type}`);
	return trigger as unknown as INodeType & IVersionedNodeType;
}

function additionalData(
	credentials: ICredentialDataDecryptedObject,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(
			{ vocuApi: new VocuApi() },
			{ vocuApi: credentials },
		),
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** One saved workflow with the trigger; its static data lives on the Workflow object, as in n8n. */
export class TriggerWorkflow {
	readonly node: INode;

	readonly workflow: Workflow;

	constructor(
		parameters: INodeParameters,
		private readonly credentials: ICredentialDataDecryptedObject,
	) {
		this.node = {
			id: 'vocu-trigger-under-test',
			name: 'Vocu Trigger',
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
			credentials: { vocuApi: { id: '1', name: 'Vocu account' } },
		};
		this.workflow = new Workflow({
			id: 'trigger-test',
			nodes: [this.node],
			connections: {},
			nodeTypes,
			active: true,
			settings: {},
		});
	}

	/**
	 * What n8n does when it activates the workflow: one poll context for the activation, used for every poll
	 * (n8n-core ActiveWorkflows.activatePolling). `poll()` runs the node's poll as TriggersAndPollers.runPoll does.
	 */
	activate(activation: WorkflowActivateMode = 'activate', mode: WorkflowExecuteMode = 'trigger') {
		const context = new PollContext(
			this.workflow,
			this.node,
			additionalData(this.credentials),
			mode,
			activation,
		);
		return {
			context,
			poll: async (): Promise<INodeExecutionData[]> => {
				await binaryDataService();
				const result = await trigger.poll!.call(context);
				return result?.[0] ?? [];
			},
		};
	}

	/** The trigger's memory as n8n would save it with the workflow. */
	staticData(): Record<string, unknown> {
		return JSON.parse(JSON.stringify(this.workflow.staticData));
	}
}
