/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code: runs in Node, not inside n8n */
/**
 * Puts n8n's binary data on disk ("filesystem" mode), as production n8n usually does. n8n-core reads these
 * variables when its services are first created, so import this module before the test harness.
 */
process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
process.env.N8N_AVAILABLE_BINARY_DATA_MODES = 'filesystem';

export const BINARY_DATA_MODE = 'filesystem';
