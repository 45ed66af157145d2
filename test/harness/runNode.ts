/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code: runs in Node, not inside n8n */
import './environment';

import { Container } from '@n8n/di';
import { BinaryDataService, DirectoryLoader } from 'n8n-core';
import type {
	ExecutionError,
	IBinaryData,
	IConnections,
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeTypes,
	IRun,
} from 'n8n-workflow';

import { Vocu } from '../../nodes/Vocu/Vocu.node';
import {
	executionAdditionalData,
	nodeTypesFor,
	runUntilFinished,
	startingStack,
	vocuNodeFor,
} from './n8nWorkflow';
import { TEST_API_KEY } from './stubServer';

export const NODE_TYPE = 'n8n-nodes-vocu.vocu';

const vocuNode = new Vocu();
// n8n's loader adds the common "Request Options" (batching, timeout, proxy) to declarative nodes; so do we.
DirectoryLoader.applyDeclarativeNodeOptionParameters(vocuNode);

const nodeTypes = nodeTypesFor({ [NODE_TYPE]: vocuNode });

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
	/** The node types the workflow uses; by default only the Vocu node. */
	nodeTypes?: INodeTypes;
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
	const run = await runUntilFinished(
		{ id: 'test', nodes: workflow.nodes, connections: workflow.connections },
		options.nodeTypes ?? nodeTypes,
		executionAdditionalData(options.credentials, { executionId: options.executionId }),
		startingStack(workflow.nodes[0], options.items ?? [{ json: {} }]),
	);
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
	const node = vocuNodeFor(NODE_TYPE, 'Vocu', parameters, {
		id: 'vocu-under-test',
		...options.settings,
	});
	return await runWorkflow({ nodes: [node], connections: {} }, 'Vocu', options);
}
