/** The CLI shell. */
export { main } from './main.js';
