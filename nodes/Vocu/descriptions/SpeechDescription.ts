export { speechDescription } from './speech';
