import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../../shared/routing/operation';
import { generateMusic } from './generateMusic';
import { generateScene } from './generateScene';
import { generateSoundEffect } from './generateSoundEffect';
import { separateVocals } from './separateVocals';

/** The Audio operations (sound effects, music, scenes, vocal separation), keyed by operation value. */
export const audioOperations = {
	generateMusic,
	generateScene,
	generateSoundEffect,
	separateVocals,
};

export const audioDescription: INodeProperties[] = resourceDescription(
	'audio',
	audioOperations,
	'generateSoundEffect',
);
