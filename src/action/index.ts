/** The GitHub Action shell. */
export { run } from './main.js';
