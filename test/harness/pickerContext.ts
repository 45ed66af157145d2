import './environment';

import { LoadOptionsContext } from 'n8n-core';
import type {
	INode,
	INodeParameters,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { VocuApi } from '../../credentials/VocuApi.credentials';
import { Vocu } from '../../nodes/Vocu/Vocu.node';
import { TestCredentialsHelper } from './credentialsHelper';
import { NODE_TYPE, vocuCredentials } from './runNode';

/**
 * The context the n8n editor gives a listSearch or loadOptions method: n8n-core's real LoadOptionsContext, with
 * the node's credential pointing at `baseUrl` and the node's current `parameters`; `path` is the field asking.
 */
export function pickerContext(
	baseUrl: string,
	parameters: INodeParameters,
	path: string,
): LoadOptionsContext {
	const vocu = new Vocu();
	const nodeTypes = {
		getByName: () => vocu,
		getByNameAndVersion: () => vocu,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'picker',
		name: 'Vocu',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { vocuApi: { id: '1', name: 'Vocu account' } },
	};
	const workflow = new Workflow({
		id: 'test',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(
			{ vocuApi: new VocuApi() },
			{ vocuApi: vocuCredentials(baseUrl) },
		),
		currentNodeParameters: parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, node, additionalData, path);
}
