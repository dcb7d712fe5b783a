/**
 * The lean stdio transport answers as the SDK's own stdio transport does: the same raw JSON-RPC
 * lines, sent to one server over LeanStdioTransport (plain evaluate calls answered directly) and to
 * another over StdioServerTransport, give the same answer lines, whatever the lines hold.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackSource } from '../../src/mcp/pack-source.js';
import {
  createPolicyServer,
  directToolCall,
  EVALUATE_TOOL,
  EVALUATE_TOOL_ALIAS,
  LeanStdioTransport,
  POLICY_TOOL,
} from '../../src/mcp/server.js';
import { EXAMPLE_PACK } from './support.js';
import { EXAMPLE_READ } from '../support/requests.js';

const READ = EXAMPLE_READ;

const INIT = [
  {
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '0' } },
  },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
].map((m) => JSON.stringify(m));

/** Feeds the lines to a fresh server over the given transport; its answers (waiting for `expected`), sorted, with the clock masked. */
async function answers(lean: boolean, lines: string[], chunk: number, expected: number): Promise<string[]> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  const source = new PackSource(EXAMPLE_PACK, {}, () => {});
  const server = createPolicyServer({ source, report: () => {} });
  server.server.onerror = () => {};
  const transport = lean ? new LeanStdioTransport(stdin, stdout, directToolCall(server)) : new StdioServerTransport(stdin, stdout);
  await server.connect(transport);
  const bytes = Buffer.from([...INIT, ...lines].join('\n') + '\n');
  for (let i = 0; i < bytes.length; i += chunk) stdin.write(bytes.subarray(i, i + chunk));
  for (let spins = 0; spins < 2000; spins++) {
    const text = Buffer.concat(out).toString('utf8');
    if (text.split('\n').length - 1 >= expected) break;
    await new Promise((r) => setTimeout(r, 1));
  }
  await server.close();
  return Buffer.concat(out)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'T'))
    .sort();
}

const call = (id: unknown, name: string, args: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args, ...extra } });

describe('LeanStdioTransport', () => {
  it('gives the same answers as the SDK stdio transport, plain evaluate calls and everything else', async () => {
    const lines = [
      call(1, EVALUATE_TOOL, READ),
      call('two', EVALUATE_TOOL_ALIAS, { ...READ, tool_access_mode: 'write' }),
      call(3, EVALUATE_TOOL, [1, 2]),
      call(4, EVALUATE_TOOL, 'x'),
      call(5, POLICY_TOOL, { workflow_id: 'dependency-patch' }),
      call(6, 'no_such_tool', {}),
      call(7, EVALUATE_TOOL, READ, { _meta: { progressToken: 9 } }),
      JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'tools/call', params: { name: EVALUATE_TOOL } }),
      JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: EVALUATE_TOOL, arguments: READ }, extra: 1 }),
      JSON.stringify({ jsonrpc: '1.0', id: 10, method: 'tools/call', params: { name: EVALUATE_TOOL, arguments: READ } }),
      JSON.stringify({ jsonrpc: '2.0', id: 1.5, method: 'tools/call', params: { name: EVALUATE_TOOL, arguments: READ } }),
      'not json',
      JSON.stringify({ jsonrpc: '2.0', id: 11, method: 'tools/list' }) + '\r',
    ];
    // Answered: initialize, ids 1 to 8 and 11; the other lines are not valid JSON-RPC requests.
    const sdk = await answers(false, lines, 1 << 20, 10);
    expect(sdk).toHaveLength(10);
    expect(await answers(true, lines, 1 << 20, 10)).toEqual(sdk);
    expect(await answers(true, lines, 7, 10)).toEqual(sdk);
  });

  it('matches the SDK transport on random evaluate arguments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
            fc.record({ run_id: fc.string() }).map((r) => ({ ...READ, ...r })),
          ),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        async (argsList) => {
          const lines = argsList.map((a, i) => call(i + 1, EVALUATE_TOOL, a));
          const sdk = await answers(false, lines, 1 << 20, lines.length + 1);
          expect(sdk).toHaveLength(lines.length + 1);
          expect(await answers(true, lines, 64, lines.length + 1)).toEqual(sdk);
        },
      ),
      { numRuns: 15 },
    );
  });
});
