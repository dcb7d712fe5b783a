import { type Command } from '../io.js';
declare const command: Command;
export default command;
