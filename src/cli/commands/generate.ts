import { UsageError, type Command } from '../io.js';

const command: Command = {
  summary: '(not built yet)',
  async run() {
    throw new UsageError('generate is not built yet');
  },
};
export default command;
