export { voiceDescription } from './voice';
