'use strict';
// Voice characters and styles (/api/voice): create, list, get, delete, styles, avatar, share IDs.

const { randomUUID } = require('node:crypto');
const { VocuError, ok } = require('../http');
const { audioSample, imageDataUrl } = require('../dataUrl');
const { FAIL_MARKER } = require('../state');

const MB = 1024 * 1024;
const MODEL_VERSIONS = ['v3.0', 'v4.0'];
const LANGUAGES = ['auto', 'zh', 'en-us', 'ja', 'ja-asmr', 'ko', 'fr-fr', 'es', 'de', 'yue', 'pt'];

function ownVoice(state, id) {
	const voice = state.voices.get(id);
	if (voice) return voice;
	if (state.findVoice(id))
		throw new VocuError(403, 'AUTH_FORBIDDEN', 'Market voices cannot be changed');
	throw new VocuError(404, 'VOICE_NOT_FOUND', `Voice ${id} not found`);
}

/** Styles can be changed only on settled, self-created voices (§4.2). */
function editableVoice(state, id) {
	const voice = ownVoice(state, id);
	if (voice.from !== 'upload')
		throw new VocuError(403, 'AUTH_FORBIDDEN', 'Only self-created voices can be changed');
	const status = state.voiceStatus(voice);
	if (status === 'creating')
		throw new VocuError(409, 'VOICE_CREATING', 'The voice is still being created; retry shortly');
	if (status === 'failed')
		throw new VocuError(400, 'VOICE_CREATE_FAILED', 'Creating this voice failed');
	return voice;
}

function storeAvatar(state, avatar) {
	const image = imageDataUrl(avatar, { maxChars: 14 * MB });
	const extension = image.mime.split('/')[1].replace(/\W/g, '') || 'png';
	return state.putFile(`/avatar/${randomUUID()}.${extension}`, image.bytes, image.mime);
}

function createVoice({ state, json, timings }) {
	const body = json();
	if (typeof body.name !== 'string' || !body.name.trim()) {
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'Missing name', {
			detail: { field: 'name' },
		});
	}
	const sample = audioSample(body.prompt, { maxBytes: 100 * MB });
	const version = body.modelVersion ?? 'v3.0';
	if (!MODEL_VERSIONS.includes(version)) {
		throw new VocuError(
			400,
			'VOICE_MODEL_VERSION_INVALID',
			`modelVersion must be one of ${MODEL_VERSIONS.join(', ')}`,
		);
	}
	const language = LANGUAGES.includes(body.language) ? body.language : 'auto';
	let lora;
	if (body.lora !== undefined && body.lora !== null && body.lora !== '') {
		if (version === 'v4.0')
			throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'v4.0 voices cannot use lora');
		if (language === 'auto') {
			throw new VocuError(
				400,
				'VALIDATION_BAD_PARAMS',
				'Professional clones need a concrete language, not auto',
			);
		}
		const upload = [...state.uploads.values()].find(
			(item) => item.id === body.lora || item.fileId === body.lora,
		);
		if (!upload || !upload.finished) {
			throw new VocuError(
				400,
				'VOICE_LORA_ARTIFACT_MISSING',
				'lora must be the ID of a finished ZIP upload',
			);
		}
		if (state.account.quota.lora < 1) {
			throw new VocuError(403, 'BILLING_QUOTA_EXCEEDED', 'No professional-clone quota left');
		}
		state.account.quota.lora -= 1;
		state.account.loraQuota = state.account.quota.lora;
		lora = upload.fileId;
	}
	const avatar = body.avatar ? storeAvatar(state, body.avatar) : '';
	const now = Date.now();
	const promptUrl = state.putFile(`/prompt/${randomUUID()}/sample`, sample.bytes, sample.mime);
	const voice = state.addVoice({
		id: randomUUID(),
		name: body.name.trim(),
		description: typeof body.description === 'string' ? body.description : '',
		version,
		avatar,
		createdAt: now,
		readyAt: now + (lora ? timings.loraReadyMs : timings.voiceReadyMs),
		finalStatus: body.name.includes(FAIL_MARKER) ? 'failed' : lora ? 'lora-success' : 'pending',
		prompts: [
			{
				id: 'default',
				name: 'Default Style',
				promptOriginAudioStorageUrl: promptUrl,
				language,
				vocalFilter: body.vocalFilter === true,
			},
		],
	});
	if (lora) voice.metadata.withLora = true;
	return { body: ok({ data: state.voiceView(voice) }) };
}

function listVoices({ state, query }) {
	state.tick();
	const showMarket = ['true', '1'].includes(query.get('showMarket') ?? '');
	const showFull = query.get('show') === 'full';
	const from = query.get('from');
	let voices = [...state.voices.values()];
	if (showMarket) voices = [...state.marketVoices.values(), ...voices];
	if (from === 'upload' || from === 'market' || from === 'library')
		voices = voices.filter((voice) => voice.from === from);
	// As Vocu: a model version outside the list drops the filter instead of failing.
	const version = query.get('version');
	if (['v1.0', 'v2.0', 'v3.0', 'v4.0'].includes(version))
		voices = voices.filter((voice) => voice.version === version);
	const hidden = ['lora-pending', 'lora-failed', 'lora-awaiting'];
	const views = voices.map((voice) => state.voiceView(voice));
	return {
		body: ok({ data: showFull ? views : views.filter((voice) => !hidden.includes(voice.status)) }),
	};
}

function getVoice({ state, params }) {
	state.tick();
	const voice = state.findVoice(params.id);
	if (!voice) throw new VocuError(404, 'VOICE_NOT_FOUND', `Voice ${params.id} not found`);
	return { body: ok({ data: state.voiceView(voice) }) };
}

function deleteVoice({ state, params }) {
	if (!state.voices.has(params.id))
		throw new VocuError(404, 'VOICE_NOT_FOUND', `Voice ${params.id} not found`);
	state.voices.delete(params.id);
	return { body: ok() };
}

function addStyle({ state, params, json }) {
	const voice = editableVoice(state, params.id);
	const body = json();
	if (typeof body.name !== 'string' || !body.name.trim()) {
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'Missing style name', {
			detail: { field: 'name' },
		});
	}
	const sample = audioSample(body.prompt, { maxBytes: 20 * MB });
	voice.metadata.prompts.push({
		id: randomUUID(),
		name: body.name.trim(),
		promptOriginAudioStorageUrl: state.putFile(
			`/prompt/${randomUUID()}/sample`,
			sample.bytes,
			sample.mime,
		),
		description: typeof body.description === 'string' ? body.description : undefined,
		language: LANGUAGES.includes(body.language) ? body.language : 'auto',
		vocalFilter: body.vocalFilter === true,
	});
	return { body: ok({ data: state.voiceView(voice) }) };
}

function deleteStyle({ state, params }) {
	const voice = editableVoice(state, params.id);
	if (params.promptId === 'default') {
		throw new VocuError(400, 'VALIDATION_BAD_PARAMS', 'The default style cannot be deleted');
	}
	const style = voice.metadata.prompts.find((prompt) => prompt.id === params.promptId);
	if (style) style.deleted = true; // stays in the list, flagged (§4.9); unknown IDs are a no-op
	return { body: ok({ data: state.voiceView(voice) }) };
}

function uploadAvatar({ state, params, json }) {
	const voice = state.voices.get(params.id);
	if (!voice) throw new VocuError(404, 'VOICE_NOT_FOUND', `Voice ${params.id} not found`);
	voice.metadata.avatar = storeAvatar(state, json().avatar);
	return { body: ok({ data: state.voiceView(voice) }) };
}

function getShareId({ state, params }) {
	const voice = ownVoice(state, params.id);
	const shareId = randomUUID();
	state.shareIds.set(shareId, voice.id);
	return { body: ok({ data: { shareId } }) };
}

/** Share IDs work once (§4.7); the voice is copied into the account as a library voice. */
function addByShareId({ state, json }) {
	const { shareId } = json();
	const sourceId = typeof shareId === 'string' ? state.shareIds.get(shareId.trim()) : undefined;
	if (!sourceId) {
		throw new VocuError(
			404,
			'RESOURCE_NOT_FOUND',
			'The share ID does not exist, has expired or was already used',
		);
	}
	state.shareIds.delete(shareId.trim());
	const source = state.voices.get(sourceId);
	const now = Date.now();
	const voice = state.addVoice({
		id: randomUUID(),
		name: source ? source.name : 'Shared voice',
		description: source ? source.metadata.description : '',
		from: 'library',
		createdAt: now,
		prompts: source
			? source.metadata.prompts.filter((prompt) => !prompt.deleted).map((prompt) => ({ ...prompt }))
			: undefined,
	});
	return { body: ok({ voiceId: voice.id }) };
}

function register(router) {
	router
		.route('POST', '/api/voice', createVoice)
		.route('GET', '/api/voice', listVoices)
		.route('POST', '/api/voice/byShareId', addByShareId)
		.route('GET', '/api/voice/:id', getVoice)
		.route('DELETE', '/api/voice/:id', deleteVoice)
		.route('GET', '/api/voice/:id/share', getShareId)
		.route('POST', '/api/voice/:id/prompt', addStyle)
		.route('DELETE', '/api/voice/:id/prompt/:promptId', deleteStyle)
		.route('POST', '/api/voice/:id/avatar', uploadAvatar);
}

module.exports = { register, LANGUAGES };
