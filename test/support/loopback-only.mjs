// Preloaded (node --import) into an MCP server started for tests: every listen binds 127.0.0.1,
// whatever the server asks for, and the bound port is printed on stderr as "LOOPBACK_PORT <n>".
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    const rest = args.slice(1);
    if (typeof rest[0] === 'string') rest.shift();
    args = [Number(args[0]), '127.0.0.1', ...rest];
  }
  this.once('listening', () => process.stderr.write(`LOOPBACK_PORT ${this.address().port}\n`));
  return listen.apply(this, args);
};
