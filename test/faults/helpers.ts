import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import {
	binaryInput,
	runVocu,
	vocuCredentials,
	type NodeRunOptions,
	type WorkflowRun,
} from '../harness/runNode';
import { StubServer, TEST_API_KEY, type RecordedRequest } from '../harness/stubServer';

/** Vocu itself, the audio storage host, and a host Vocu might redirect to. Only Vocu may see the API key. */
export interface FaultStubs {
	vocu: StubServer;
	storage: StubServer;
	elsewhere: StubServer;
}

export interface ErrorView {
	name: string;
	message: string;
	description?: string;
	httpCode?: string;
	context?: { itemIndex?: number };
}

/** Where a run leaked the API key: outputs and errors, or any request except Vocu's Authorization header. */
export function keyLeaks(run: WorkflowRun, stubs: FaultStubs): string[] {
	const leaks: string[] = [];
	if (JSON.stringify(run.run).includes(TEST_API_KEY))
		leaks.push('the API key is in the run data (outputs or errors)');
	const inspect = (host: string, request: RecordedRequest, allowAuthorization: boolean) => {
		const { authorization, ...otherHeaders } = request.headers;
		const where = `${host} ${request.method} ${request.path}`;
		if (!allowAuthorization && authorization !== undefined)
			leaks.push(`${where} received an Authorization header`);
		if (JSON.stringify(otherHeaders).includes(TEST_API_KEY))
			leaks.push(`${where}: API key in a header`);
		if (JSON.stringify(request.query).includes(TEST_API_KEY))
			leaks.push(`${where}: API key in the query`);
		if (request.raw.includes(TEST_API_KEY)) leaks.push(`${where}: API key in the body`);
	};
	for (const request of stubs.vocu.requests) inspect('Vocu', request, true);
	for (const request of stubs.storage.requests) inspect('storage', request, false);
	for (const request of stubs.elsewhere.requests) inspect('elsewhere', request, false);
	return leaks;
}

/**
 * Starts the three stub hosts for a test file. After every test it checks every run for key leaks (every
 * request the node made, to any host) and that each stub got exactly the calls it expected.
 */
export function useFaultStubs() {
	const stubs = {} as FaultStubs;
	const runs: WorkflowRun[] = [];
	beforeAll(async () => {
		stubs.vocu = await StubServer.start();
		stubs.storage = await StubServer.start('none');
		stubs.elsewhere = await StubServer.start('none');
	});
	afterEach(() => {
		const problems = runs.flatMap((run) => keyLeaks(run, stubs));
		runs.length = 0;
		for (const stub of [stubs.vocu, stubs.storage, stubs.elsewhere]) {
			try {
				stub.done();
			} catch (error) {
				problems.push((error as Error).message);
			}
		}
		if (problems.length) throw new Error(problems.join('\n'));
	});
	afterAll(async () => {
		await Promise.all([stubs.vocu.close(), stubs.storage.close(), stubs.elsewhere.close()]);
	});

	/** Runs the node against the Vocu stub; the run is checked for key leaks after the test. */
	async function run(
		parameters: INodeParameters,
		options: Partial<NodeRunOptions> = {},
	): Promise<WorkflowRun & { failure?: ErrorView }> {
		const result = await runVocu(parameters, {
			credentials: vocuCredentials(stubs.vocu.url),
			...options,
		});
		runs.push(result);
		return { ...result, failure: result.error as unknown as ErrorView | undefined };
	}

	return { stubs, run };
}

export { byId } from '../harness/locators';

export type BinarySpec = [data: Buffer, mimeType: string, fileName: string];

/** `count` input items, each carrying the given binary properties. */
export async function inputItems(
	count: number,
	binaries: Record<string, BinarySpec> = {},
): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	for (let index = 0; index < count; index++) {
		const binary: INodeExecutionData['binary'] = {};
		for (const [name, [data, mimeType, fileName]] of Object.entries(binaries)) {
			binary[name] = await binaryInput(data, mimeType, fileName);
		}
		items.push(Object.keys(binary).length ? { json: { index }, binary } : { json: { index } });
	}
	return items;
}

/** Milliseconds elapsed while `action` runs. */
export async function timed<T>(action: () => Promise<T>): Promise<[T, number]> {
	const started = Date.now();
	const result = await action();
	return [result, Date.now() - started];
}
