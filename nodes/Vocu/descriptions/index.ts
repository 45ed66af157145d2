export { accountDescription } from './AccountDescription';
export { fileDescription } from './FileDescription';
export { speechDescription } from './SpeechDescription';
export { taskDescription } from './TaskDescription';
export { templateDescription } from './TemplateDescription';
export { voiceDescription } from './VoiceDescription';
