'use strict';
// The sandbox's in-memory account: voices, market voices, share IDs, tasks, templates, uploads and stored files.
// Status changes over time are computed when read (no timers), from creation times and the configured timings.

const { randomUUID } = require('node:crypto');
const { silentMp3 } = require('./mp3');
const { srtText } = require('./audio');
const { splitBlock, blockSeconds, pauseSeconds } = require('./contentTypes');

/** Fixed IDs so workflows and docs can refer to them. */
const SEED = {
	userId: '7249c3e5-10d5-4b5d-acc2-000a8cc0e358',
	readyVoiceId: '5d040784-cc81-4459-aa1d-6c2168ddb845',
	/** A ready v4.0 voice: speaks only on the controllable path (`instruct_mode: true`). */
	v4VoiceId: 'b7e4c2a9-3f61-4d8e-9a0b-4c5d6e7f8a91',
	happyStyleId: '3fb2c923-7dd1-459a-9cc2-67b3a8dd3d9e',
	deletedStyleId: '66c052e8-d395-42f1-bb81-dc7325d56430',
	creatingVoiceId: '22454287-ecbd-499c-9ccb-c60f2d38acc7',
	failedVoiceId: '042391f5-5887-403f-a42c-1a67680625bc',
	marketVoiceUuid: '9f011950-f143-4eb7-abbb-90e0b66874ea',
	shareIds: [
		'e5a33e3e-6090-44f4-bf9c-60c150c99bbd',
		'1b0f3c7e-2d4a-4f5b-8c6d-7e8f9a0b1c2d',
		'2c1e4d8f-3e5b-4a6c-9d7e-8f9a0b1c2d3e',
	],
	generatedTaskId: '71f2d625-b99c-4654-9d24-337e18b2e3fd',
	failedTaskId: '021e4a43-0898-4942-abd9-c9f6a4ff61d3',
	templateId: 'c9baa76f-de5f-4746-afbc-dffd4b9fb7ab',
};

/** A task or voice whose text/name contains this marker ends up `failed`, to try failure paths. */
const FAIL_MARKER = '[fail]';

class SandboxState {
	constructor(options) {
		this.options = options;
		this.reset();
	}

	reset() {
		const now = Date.now();
		this.account = {
			id: SEED.userId,
			name: 'sandbox',
			email: 'sandbox@example.com',
			avatar: '',
			role: 'user',
			isPaid: this.options.isPaid,
			notifications: '99+',
			credit: this.options.credit,
			bonusCredit: this.options.bonusCredit,
			loraQuota: 1,
			quota: {
				syncBaseConcurrent: 1,
				syncPaidConcurrent: 2,
				asyncBaseConcurrent: 2,
				asyncHPConcurrent: 1,
				lora: 1,
				priority: 1,
			},
		};
		/** Storage files: path → { body, contentType, availableAt }. */
		this.files = new Map();
		this.voices = new Map();
		this.marketVoices = new Map();
		this.shareIds = new Map();
		this.tasks = new Map();
		this.templates = new Map();
		this.uploads = new Map();
		this.streamTokens = new Map();
		/** Keys Vocu would drop or ignore, newest last (GET /__sandbox/dropped-keys). */
		this.droppedKeys = [];
		this.demo = { count: 0, lastAt: now };
		this.seed(now);
	}

	/**
	 * Demo activity for trying the Vocu Trigger (SANDBOX_DEMO_EVERY_MS > 0): a new task every interval (every
	 * fourth one fails) and a new voice clone every third interval, created at the moment they were due. Like every
	 * status change here it is computed when the API is read, not by a timer.
	 */
	tick(now = Date.now()) {
		const every = this.options.timings.demoEveryMs;
		if (!(every > 0)) return;
		while (this.demo.lastAt + every <= now) {
			this.demo.lastAt += every;
			this.demo.count += 1;
			const n = this.demo.count;
			const text = `Demo task ${n}: the sandbox made this one.${n % 4 === 0 ? ` ${FAIL_MARKER}` : ''}`;
			this.addTask({
				createdAt: this.demo.lastAt,
				contents: [{ voiceId: SEED.readyVoiceId, promptId: 'default', text }],
			});
			if (n % 3 === 0) {
				this.addVoice({
					id: randomUUID(),
					name: `Demo voice ${n / 3}`,
					description: 'Made by the sandbox demo activity',
					createdAt: this.demo.lastAt,
					readyAt: this.demo.lastAt + this.options.timings.voiceReadyMs,
				});
			}
		}
	}

	seed(now) {
		const long = now - 24 * 3600_000;
		this.addVoice({
			id: SEED.readyVoiceId,
			name: 'Sandbox Narrator',
			description: 'A ready voice with two live styles and one deleted style',
			createdAt: long,
			prompts: [
				this.newStyle('default', 'Default Style'),
				this.newStyle(SEED.happyStyleId, 'Happy', { description: 'Happy emotional style' }),
				this.newStyle(SEED.deletedStyleId, 'Relaxed', { deleted: true }),
			],
		});
		this.addVoice({
			id: SEED.v4VoiceId,
			name: 'Sandbox Storyteller',
			description: 'A ready v4.0 voice: plain generation answers 400 VOICE_INSTRUCT_PATH_ONLY',
			version: 'v4.0',
			createdAt: long,
		});
		this.addVoice({
			id: SEED.creatingVoiceId,
			name: 'Still Cloning',
			description: 'Stays in "creating": generation answers 409 VOICE_CREATING',
			createdAt: now,
			readyAt: Number.POSITIVE_INFINITY,
		});
		this.addVoice({
			id: SEED.failedVoiceId,
			name: 'Failed Clone',
			description: 'Cloning failed: generation answers 400 VOICE_CREATE_FAILED',
			createdAt: long,
			finalStatus: 'failed',
		});
		const market = this.voiceRecord({
			id: `market:${SEED.marketVoiceUuid}`,
			name: 'Market Star',
			description: 'A purchased Voice Market voice',
			from: 'market',
			createdAt: long,
		});
		this.marketVoices.set(SEED.marketVoiceUuid, market);
		for (const shareId of SEED.shareIds) this.shareIds.set(shareId, SEED.readyVoiceId);

		this.addTask({
			id: SEED.generatedTaskId,
			createdAt: long,
			contents: [
				{ voiceId: SEED.readyVoiceId, text: 'A simple banana pie. No fancy stuff. Just pie.' },
			],
		});
		this.addTask({
			id: SEED.failedTaskId,
			createdAt: long - 60_000,
			contents: [{ voiceId: SEED.readyVoiceId, text: `This one failed ${FAIL_MARKER}` }],
		});
		this.templates.set(SEED.templateId, {
			id: SEED.templateId,
			name: 'Food Introduction',
			contents: [
				{
					metaVoiceId: 1,
					text: 'A bowl of warm soup, made with fresh tuna and traditional spices.',
				},
				{ metaVoiceId: 2, text: 'A delightful fruit tart, blending sweet and sour.' },
			],
			metadata: { metaVoiceId: 2, description: 'Template containing various food introductions' },
			userId: SEED.userId,
			from: 'self',
			createdAt: long,
		});
	}

	// ---- storage files

	/** Registers a file on the storage origin and returns its public URL. */
	putFile(path, body, contentType, availableAt = 0, seconds = undefined) {
		this.files.set(path, { body, contentType, availableAt, seconds });
		return `${this.options.storageUrl()}${path}`;
	}

	/** A real (silent) MP3 of `seconds` under `/<folder>/`, remembering its duration. */
	putAudio(folder, seconds, availableAt = 0) {
		const path = `/${folder}/${randomUUID()}/${randomUUID()}.mp3`;
		return this.putFile(path, silentMp3(seconds), 'audio/mpeg', availableAt, seconds);
	}

	/** Duration of a stored audio file (from the MP3 frames when it was not recorded). */
	fileSeconds(path) {
		const file = this.files.get(path);
		if (!file) return 0;
		return file.seconds ?? file.body.length / 16_000;
	}

	/** An `.srt` file on storage for `[{ text?, seconds }]` one after another (no text: a pause); returns its URL. */
	putSrt(parts, availableAt = 0) {
		let start = 0;
		const cues = [];
		for (const { text, seconds } of parts) {
			if (text)
				cues.push({ text: String(text).replace(/\s+/g, ' ').trim(), start, end: start + seconds });
			start += seconds;
		}
		const path = `/generate/${randomUUID()}/${randomUUID()}.srt`;
		return this.putFile(
			path,
			Buffer.from(srtText(cues), 'utf8'),
			'application/x-subrip',
			availableAt,
		);
	}

	/** Records keys Vocu would drop or ignore: `{ route, keys, reason, taskId?, segment?, type? }`. */
	recordDropped(entry) {
		this.droppedKeys.push({ at: new Date().toISOString(), ...entry });
		if (this.droppedKeys.length > 1000) this.droppedKeys.shift();
	}

	putMp3(folder, seconds, availableAt = 0) {
		return this.putFile(
			`/${folder}/${randomUUID()}/${randomUUID()}.mp3`,
			silentMp3(seconds),
			'audio/mpeg',
			availableAt,
		);
	}

	/** A stream URL carries its own `auth=` token, like Vocu's. */
	streamUrlFor(audioUrl) {
		const token = randomUUID();
		const path = new URL(audioUrl).pathname;
		this.streamTokens.set(token, path);
		return `${this.options.storageUrl()}${path.replace(/[^/]+$/, 'stream.mp3')}?auth=${token}`;
	}

	// ---- voices

	newStyle(id, name, extra = {}) {
		return {
			id,
			name,
			promptOriginAudioStorageUrl: this.putMp3('prompt', 3),
			language: 'auto',
			vocalFilter: false,
			...extra,
		};
	}

	voiceRecord({
		id,
		name,
		description = '',
		from = 'upload',
		version = 'v3.0',
		createdAt,
		readyAt,
		finalStatus,
		prompts,
		avatar,
	}) {
		return {
			id,
			idForGenerate: randomUUID(),
			name,
			version,
			from,
			userId: SEED.userId,
			createdAt,
			readyAt: readyAt ?? createdAt,
			finalStatus: finalStatus ?? 'pending',
			metadata: {
				avatar: avatar ?? '',
				description,
				prompts: prompts ?? [this.newStyle('default', 'Default Style')],
			},
		};
	}

	addVoice(spec) {
		const voice = this.voiceRecord(spec);
		this.voices.set(voice.id, voice);
		return voice;
	}

	voiceStatus(voice) {
		return Date.now() >= voice.readyAt
			? voice.finalStatus
			: voice.finalStatus.startsWith('lora')
				? 'lora-pending'
				: 'creating';
	}

	/** The Voice object as Vocu returns it. */
	voiceView(voice) {
		const { readyAt, finalStatus, createdAt, ...rest } = voice;
		return {
			...rest,
			status: this.voiceStatus(voice),
			createdAt: new Date(createdAt).toISOString(),
			metadata: {
				...voice.metadata,
				prompts: voice.metadata.prompts.map((prompt) => ({ ...prompt })),
			},
		};
	}

	/** Own voice by ID, or a purchased market voice as `market:<uuid>` or bare `<uuid>`. */
	findVoice(id) {
		if (this.voices.has(id)) return this.voices.get(id);
		const uuid = id.startsWith('market:') ? id.slice('market:'.length) : id;
		return this.marketVoices.get(uuid);
	}

	// ---- tasks

	addTask({ id = randomUUID(), createdAt = Date.now(), contents, srt = false }) {
		const { taskPendingMs, taskProcessingMs } = this.options.timings;
		const processingAt = createdAt + taskPendingMs;
		const settledAt = processingAt + taskProcessingMs;
		const fails = contents.some((segment) => String(segment.text ?? '').includes(FAIL_MARKER));
		const timeline = [];
		const segments = contents.map((segment) => {
			const { type } = splitBlock(segment);
			const seconds = blockSeconds(this, segment, type);
			const speaks = type === 'text' && segment.instruct_mode !== true;
			timeline.push({ text: speaks ? segment.text : undefined, seconds });
			timeline.push({ seconds: pauseSeconds(segment) });
			return { ...segment, ...(fails ? {} : this.blockOutputs(type, seconds, settledAt)) };
		});
		const totalSeconds = Math.min(
			600,
			timeline.reduce((sum, part) => sum + part.seconds, 0),
		);
		const subtitled = srt && !fails && timeline.some((part) => part.text);
		const task = {
			id,
			userId: SEED.userId,
			type: 'vocu-neural-voice-001',
			createdAt,
			processingAt,
			settledAt,
			finalStatus: fails ? 'failed' : 'generated',
			srt,
			segments,
			mergedAudio: fails ? undefined : this.putAudio('generate', totalSeconds, settledAt),
			srtUrl: subtitled ? this.putSrt(timeline, settledAt) : undefined,
			characters: contents.reduce((sum, segment) => sum + String(segment.text ?? '').length, 0),
		};
		this.tasks.set(id, task);
		return task;
	}

	/** The files a block produces: `audio`, and for stem separation `stems.vocals` / `stems.accompaniment`. */
	blockOutputs(type, seconds, availableAt) {
		if (type !== 'stem_separation')
			return { audio: this.putAudio('generate', seconds, availableAt) };
		const vocals = this.putAudio('generate', seconds, availableAt);
		const accompaniment = this.putAudio('generate', seconds, availableAt);
		return { audio: vocals, stems: { vocals, accompaniment } };
	}

	taskStatus(task) {
		const now = Date.now();
		if (now >= task.settledAt) return task.finalStatus;
		return now >= task.processingAt ? 'processing' : 'pending';
	}

	/** The GenerationTask object as Vocu returns it; audio URLs only once generated. */
	taskView(task, { stream = false } = {}) {
		const status = this.taskStatus(task);
		const generated = status === 'generated';
		const generatedAt = generated ? new Date(task.settledAt).toISOString() : undefined;
		const voiceIds = [...new Set(task.segments.map((segment) => segment.voiceId).filter(Boolean))];
		const audioUrl = (url) => (stream && url ? this.streamUrlFor(url) : url);
		return {
			id: task.id,
			userId: task.userId,
			status,
			type: task.type,
			createdAt: new Date(task.createdAt).toISOString(),
			metadata: {
				contents: task.segments.map(({ audio, stems, ...segment }) => ({
					...segment,
					...(generated ? this.outputView({ audio, stems }, audioUrl, generatedAt) : {}),
				})),
				characters: task.characters,
				voices: voiceIds
					.map((id) => this.findVoice(id))
					.filter(Boolean)
					.map((voice) => this.voiceView(voice)),
				isPremium: Boolean(this.account.isPaid),
				srt: task.srt,
				...(generated && task.srtUrl ? { srtUrl: task.srtUrl } : {}),
				...(generated ? { audio: audioUrl(task.mergedAudio), generatedAt } : {}),
			},
		};
	}

	outputView({ audio, stems }, audioUrl, generatedAt) {
		return {
			audio: audioUrl(audio),
			...(stems
				? {
						stems: { vocals: audioUrl(stems.vocals), accompaniment: audioUrl(stems.accompaniment) },
					}
				: {}),
			generatedAt,
		};
	}

	// ---- credits

	availableCredits() {
		return this.account.credit + this.account.bonusCredit;
	}

	/** Takes `amount` credits, bonus credit first; false when the account cannot pay. */
	charge(amount) {
		if (this.availableCredits() < amount) return false;
		const fromBonus = Math.min(this.account.bonusCredit, amount);
		this.account.bonusCredit -= fromBonus;
		this.account.credit -= amount - fromBonus;
		return true;
	}
}

module.exports = { SandboxState, SEED, FAIL_MARKER };
