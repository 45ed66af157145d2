export { accountDescription } from './AccountDescription';
export { voiceDescription } from './VoiceDescription';
