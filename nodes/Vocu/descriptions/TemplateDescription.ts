export { templateDescription } from './template';
