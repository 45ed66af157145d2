import { testUserFolder } from './environment';

import { Container } from '@n8n/di';
import {
	BinaryDataService,
	DirectoryLoader,
	ExecutionLifecycleHooks,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ExecutionError,
	IBinaryData,
	IConnections,
	ICredentialDataDecryptedObject,
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
import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { TestCredentialsHelper } from './credentialsHelper';
import { TEST_API_KEY } from './stubServer';

export const NODE_TYPE = 'n8n-nodes-vocu.vocu';

const vocuNode = new Vocu();
// n8n's loader adds the common "Request Options" (batching, timeout, proxy) to declarative nodes; so do we.
DirectoryLoader.applyDeclarativeNodeOptionParameters(vocuNode);

const nodeTypes: INodeTypes = {
	getByName: (type: string) => byType(type),
	getByNameAndVersion: (type: string) => byType(type),
	getKnownTypes: () => ({}),
};

function byType(type: string): INodeType & IVersionedNodeType {
	if (type !== NODE_TYPE) throw new Error(`Unknown node type ${type}`);
	return vocuNode as unknown as INodeType & IVersionedNodeType;
}

let binaryDataReady: Promise<void> | undefined;

/** n8n's binary-data service, in the mode the environment chose (default: in memory). */
export async function binaryDataService(): Promise<BinaryDataService> {
	const service = Container.get(BinaryDataService);
	binaryDataReady ??= service.init();
	await binaryDataReady;
	return service;
}

/** An input binary property stored the way n8n stores it (inline base64, or a file in filesystem mode). */
export async function binaryInput(
	data: Buffer,
	mimeType: string,
	fileName: string,
): Promise<IBinaryData> {
	const service = await binaryDataService();
	return await service.store({ type: 'execution', workflowId: 'test', executionId: '1' }, data, {
		data: '',
		mimeType,
		fileName,
		fileSize: String(data.length),
	});
}

/** Bytes of an output binary property, whether inline or stored by the binary-data service. */
export async function binaryOutput(binary: IBinaryData): Promise<Buffer> {
	if (binary.id) return await (await binaryDataService()).getAsBuffer(binary);
	return Buffer.from(binary.data, 'base64');
}

export function vocuCredentials(baseUrl: string, overrides: ICredentialDataDecryptedObject = {}) {
	return { apiKey: TEST_API_KEY, region: 'custom', baseUrl, ...overrides };
}

export interface WorkflowRun {
	run: IRun;
	/** Output items of the node under test (main output 0). */
	items: INodeExecutionData[];
	/** Items on the error output, when the node uses "Continue (using error output)". */
	errorItems: INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error?: ExecutionError;
}

export interface RunOptions {
	credentials: ICredentialDataDecryptedObject;
	/** Input items of the first node. */
	items?: INodeExecutionData[];
	/** The execution's ID (n8n gives each execution its own); unset by default. */
	executionId?: string;
}

/**
 * Runs saved workflow JSON through n8n-core's WorkflowExecute, which runs declarative nodes through
 * RoutingNode exactly as n8n does. The first node receives `items`; returns the output of `nodeName`.
 */
export async function runWorkflow(
	workflow: { nodes: INode[]; connections: IConnections },
	nodeName: string,
	options: RunOptions,
): Promise<WorkflowRun> {
	await binaryDataService();
	const credentialsHelper = new TestCredentialsHelper(
		{ vocuApi: new VocuApi() },
		{ vocuApi: options.credentials },
	);
	const instance = new Workflow({
		id: 'test',
		nodes: workflow.nodes,
		connections: workflow.connections,
		nodeTypes,
		active: false,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('manual', '1', {
		id: 'test',
		name: 'test',
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: workflow.nodes,
		connections: workflow.connections,
	} as unknown as IWorkflowBase);
	let resolveRun: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));

	const additionalData = {
		executionId: options.executionId,
		hooks,
		credentialsHelper,
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
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData = {
		version: 1,
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{
					node: workflow.nodes[0],
					data: { main: [options.items ?? [{ json: {} }]] },
					source: null,
				},
			],
		},
	} as unknown as IRunExecutionData;
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await execute.processRunExecutionData(instance);
	const run = await finished;
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	return {
		run,
		items: taskData?.data?.main?.[0] ?? [],
		errorItems: taskData?.data?.main?.[1] ?? [],
		error: run.data.resultData.error,
	};
}

export interface NodeRunOptions extends RunOptions {
	/** Node settings such as continueOnFail or onError. */
	settings?: Partial<INode>;
}

/** Runs one Vocu node with these parameters over the input items. */
export async function runVocu(
	parameters: INodeParameters,
	options: NodeRunOptions,
): Promise<WorkflowRun> {
	const node: INode = {
		id: 'vocu-under-test',
		name: 'Vocu',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { vocuApi: { id: '1', name: 'Vocu account' } },
		...options.settings,
	};
	return await runWorkflow({ nodes: [node], connections: {} }, 'Vocu', options);
}
