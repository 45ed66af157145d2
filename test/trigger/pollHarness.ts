import '../harness/environment';

import { PollContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	Workflow,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { VocuTrigger } from '../../nodes/VocuTrigger/VocuTrigger.node';
import {
	executionAdditionalData,
	nodeTypesFor,
	vocuNodeFor,
	workflowFor,
} from '../harness/n8nWorkflow';
import { binaryDataService } from '../harness/runNode';

export const TRIGGER_TYPE = 'n8n-nodes-vocu.vocuTrigger';

const trigger = new VocuTrigger();

const nodeTypes = nodeTypesFor({ [TRIGGER_TYPE]: trigger });

/** One saved workflow with the trigger; its static data lives on the Workflow object, as in n8n. */
export class TriggerWorkflow {
	readonly node: INode;

	readonly workflow: Workflow;

	constructor(
		parameters: INodeParameters,
		private readonly credentials: ICredentialDataDecryptedObject,
	) {
		this.node = vocuNodeFor(
			TRIGGER_TYPE,
			'Vocu Trigger',
			{ pollTimes: { item: [{ mode: 'everyMinute' }] }, ...parameters },
			{ id: 'vocu-trigger-under-test' },
		);
		this.workflow = workflowFor(
			{ id: 'trigger-test', nodes: [this.node], connections: {} },
			nodeTypes,
			true,
		);
	}

	/**
	 * What n8n does when it activates the workflow: one poll context for the activation, used for every poll
	 * (n8n-core ActiveWorkflows.activatePolling). `poll()` runs the node's poll as TriggersAndPollers.runPoll does.
	 */
	activate(activation: WorkflowActivateMode = 'activate', mode: WorkflowExecuteMode = 'trigger') {
		const context = new PollContext(
			this.workflow,
			this.node,
			executionAdditionalData(this.credentials),
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
