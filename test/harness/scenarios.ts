import accountInfo from '../fixtures/api/account.info.json';
import { runVocu, vocuCredentials, type WorkflowRun } from './runNode';
import type { StubServer } from './stubServer';

/** The user Vocu's account-info fixture describes (what Account → Get outputs). */
export const FIXTURE_USER = accountInfo.response.body.user;

/** Account → Get against `vocu`, which answers GET /api/account/info with the account-info fixture. */
export async function runAccountGet(vocu: StubServer): Promise<WorkflowRun> {
	vocu.on('GET', '/api/account/info').reply(200, accountInfo.response.body);
	return await runVocu(
		{ resource: 'account', operation: 'get' },
		{ credentials: vocuCredentials(vocu.url) },
	);
}
