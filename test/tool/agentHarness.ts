import '../harness/environment';

import { ExecutionLifecycleHooks, RoutingNode, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
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
import { DirectoryLoader } from 'n8n-core';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { binaryDataService, vocuCredentials } from '../harness/runNode';

export const TOOL_TYPE = 'n8n-nodes-vocu.vocuTool';

/**
 * The Vocu node as n8n offers it to agents: n8n's loader copies a `usableAsTool` node under its type plus "Tool",
 * with an `ai_tool` output, and runs declarative nodes through RoutingNode (what n8n's NodeTypes does).
 */
function vocuTool(): INodeType {
	const base = new Vocu();
	DirectoryLoader.applyDeclarativeNodeOptionParameters(base);
	const description = {
		...base.description,
		name: 'vocuTool',
		displayName: 'Vocu Tool',
		inputs: [],
		outputs: ['ai_tool'],
	};
	const tool = { ...base, description } as INodeType;
	tool.execute = async function (this: IExecuteFunctions) {
		return (
			(await new RoutingNode(
				this as unknown as ConstructorParameters<typeof RoutingNode>[0],
				tool,
			).runNode()) ?? []
		);
	};
	return tool;
}

export interface ToolCall {
	/** What the model receives: the tool's answer (a JSON string) or the message of the error it threw. */
	observation: string;
	failed: boolean;
	toolName: string;
	toolDescription: string;
}

/** A stand-in for the AI Agent: gets the connected tools through n8n-core's getInputConnectionData, calls one. */
function testAgent(args: IDataObject): INodeType {
	return {
		description: {
			displayName: 'Test Agent',
			name: 'testAgent',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Agent' },
			inputs: ['main', { type: 'ai_tool', displayName: 'Tools' }],
			outputs: ['main'],
			properties: [],
		},
		async execute(this: IExecuteFunctions) {
			const tools = (await this.getInputConnectionData('ai_tool', 0)) as Array<{
				name: string;
				description: string;
				invoke: (input: IDataObject) => Promise<string>;
			}>;
			const [tool] = tools;
			let call: ToolCall;
			try {
				const observation = await tool.invoke(args);
				call = {
					observation,
					failed: false,
					toolName: tool.name,
					toolDescription: tool.description,
				};
			} catch (error) {
				call = {
					observation: (error as Error).message,
					failed: true,
					toolName: tool.name,
					toolDescription: tool.description,
				};
			}
			return [[{ json: call as unknown as IDataObject }]];
		},
	} as INodeType;
}

/** Runs Agent ← Vocu Tool (with these parameters) through WorkflowExecute; the agent calls the tool with `args`. */
export async function callVocuTool(
	parameters: INodeParameters,
	args: IDataObject,
	baseUrl: string,
): Promise<ToolCall> {
	await binaryDataService();
	const types: Record<string, INodeType> = {
		[TOOL_TYPE]: vocuTool(),
		'test.agent': testAgent(args),
	};
	const nodeTypes: INodeTypes = {
		getByName: (type) => types[type] as INodeType & IVersionedNodeType,
		getByNameAndVersion: (type) => types[type],
		getKnownTypes: () => ({}),
	};
	const nodes: INode[] = [
		{
			id: 'agent',
			name: 'Agent',
			type: 'test.agent',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'tool',
			name: 'Speak',
			type: TOOL_TYPE,
			typeVersion: 1,
			position: [0, 200],
			parameters,
			credentials: { vocuApi: { id: '1', name: 'Vocu account' } },
		},
	];
	const connections = {
		Speak: { ai_tool: [[{ node: 'Agent', type: 'ai_tool' as const, index: 0 }]] },
	};
	const workflow = new Workflow({
		id: 'tool',
		nodes,
		connections,
		nodeTypes,
		active: false,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('manual', '1', {
		id: 'tool',
		nodes,
		connections,
	} as unknown as IWorkflowBase);
	let resolveRun: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));
	const additionalData = {
		hooks,
		credentialsHelper: new TestCredentialsHelper(
			{ vocuApi: new VocuApi() },
			{ vocuApi: vocuCredentials(baseUrl) },
		),
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		variables: {},
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const runExecutionData = {
		version: 1,
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: nodes[0], data: { main: [[{ json: {} }]] }, source: null }],
		},
	} as unknown as IRunExecutionData;
	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
		workflow,
	);
	const run = await finished;
	const error = run.data.resultData.error;
	if (error) throw new Error(`the agent workflow failed: ${error.message}`);
	return run.data.resultData.runData.Agent[0].data!.main[0]![0].json as unknown as ToolCall;
}
