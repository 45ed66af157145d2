export { taskDescription } from './task';
