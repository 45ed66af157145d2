import { testUserFolder } from './environment';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IConnections,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { TestCredentialsHelper } from './credentialsHelper';

/** What n8n's NodeTypes gives a Workflow: these node instances by type name; any other type is unknown. */
export function nodeTypesFor(types: Record<string, INodeType>): INodeTypes {
	const byType = (type: string) => {
		const nodeType = types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return nodeType as INodeType & IVersionedNodeType;
	};
	return {
		getByName: (type: string) => byType(type),
		getByNameAndVersion: (type: string) => byType(type),
		getKnownTypes: () => ({}),
	};
}

/** A saved node of `type` using the test Vocu credential; `extra` sets its id, position or settings. */
export function vocuNodeFor(
	type: string,
	name: string,
	parameters: INodeParameters,
	extra: Partial<INode> = {},
): INode {
	return {
		id: name,
		name,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { vocuApi: { id: '1', name: 'Vocu account' } },
		...extra,
	};
}

/** A saved workflow as n8n stores it: its ID, nodes and connections. */
export interface SavedWorkflow {
	id: string;
	nodes: INode[];
	connections: IConnections;
}

/** n8n's Workflow object for a saved workflow, with its node types. */
export function workflowFor(saved: SavedWorkflow, nodeTypes: INodeTypes, active = false): Workflow {
	const { id, nodes, connections } = saved;
	return new Workflow({ id, nodes, connections, nodeTypes, active, settings: {} });
}

/**
 * The additional data n8n hands an execution (or a trigger/editor context): the Vocu credential served by
 * TestCredentialsHelper, the instance's REST/webhook URLs, no variables; `extra` adds or overrides fields.
 */
export function executionAdditionalData(
	credentials: ICredentialDataDecryptedObject,
	extra: Record<string, unknown> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(
			{ vocuApi: new VocuApi() },
			{ vocuApi: credentials },
		),
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		userFolder: testUserFolder,
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** A fresh execution whose stack holds one node to run first, with these items on its main input. */
export function startingStack(node: INode, items: INodeExecutionData[]): IRunExecutionData {
	return {
		version: 1,
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node, data: { main: [items] }, source: null }],
		},
	} as unknown as IRunExecutionData;
}

/**
 * Runs a saved workflow manually through n8n-core's WorkflowExecute (declarative nodes go through RoutingNode,
 * as in n8n) and resolves with the run its
 * `workflowExecuteAfter` hook receives (when n8n considers the execution finished).
 */
export async function runUntilFinished(
	saved: SavedWorkflow,
	nodeTypes: INodeTypes,
	additionalData: IWorkflowExecuteAdditionalData,
	runExecutionData: IRunExecutionData,
): Promise<IRun> {
	const hooks = new ExecutionLifecycleHooks('manual', '1', {
		id: saved.id,
		name: saved.id,
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: saved.nodes,
		connections: saved.connections,
	} as unknown as IWorkflowBase);
	const finished = new Promise<IRun>((resolve) => {
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run));
	});
	const execute = new WorkflowExecute({ ...additionalData, hooks }, 'manual', runExecutionData);
	await execute.processRunExecutionData(workflowFor(saved, nodeTypes));
	return await finished;
}
