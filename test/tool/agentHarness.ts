import '../harness/environment';

import { DirectoryLoader, RoutingNode } from 'n8n-core';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';

import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { nodeTypesFor, vocuNodeFor } from '../harness/n8nWorkflow';
import { runWorkflow, vocuCredentials } from '../harness/runNode';

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
	const agent: INode = {
		id: 'agent',
		name: 'Agent',
		type: 'test.agent',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const tool = vocuNodeFor(TOOL_TYPE, 'Speak', parameters, { id: 'tool', position: [0, 200] });
	const connections = {
		Speak: { ai_tool: [[{ node: 'Agent', type: 'ai_tool' as const, index: 0 }]] },
	};
	const { items, error } = await runWorkflow({ nodes: [agent, tool], connections }, 'Agent', {
		credentials: vocuCredentials(baseUrl),
		nodeTypes: nodeTypesFor({ [TOOL_TYPE]: vocuTool(), 'test.agent': testAgent(args) }),
	});
	if (error) throw new Error(`the agent workflow failed: ${error.message}`);
	return items[0].json as unknown as ToolCall;
}
