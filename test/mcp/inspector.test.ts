import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST_CLI, REPO_ROOT } from '../support/paths.js';
import { EXAMPLE_PACK, sha256File } from './support.js';

/**
 * A client nobody on the team wrote: the official MCP Inspector in CLI mode (pinned devDependency,
 * 0.15.0: the last release that runs on Node 20). `npx --no --` runs the installed copy and never
 * the network. The `--` matters: after a bare `--no`, npm 11 parses the rest of the line as its own
 * options, takes `--cli` for an npm config key, and the Inspector starts its web UI instead.
 */
function inspector(args: string[]) {
  const r = spawnSync(
    'npx',
    ['--no', '--', 'mcp-inspector', '--cli', process.execPath, DIST_CLI, 'mcp', '--policy', EXAMPLE_PACK, ...args],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

describe('MCP Inspector CLI', () => {
  it('lists the tools', () => {
    const r = inspector(['--method', 'tools/list']);
    expect(r.status, r.stderr).toBe(0);
    const names = (JSON.parse(r.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['recipes_mcp_gateway_policy', 'recipes_evaluate_mcp_gateway_decision', 'policy_get', 'policy_evaluate']),
    );
  });

  it('calls the evaluate tool and reads the pack resource', () => {
    const call = inspector([
      '--method',
      'tools/call',
      '--tool-name',
      'recipes_evaluate_mcp_gateway_decision',
      '--tool-arg',
      'workflow_id=no-such-workflow',
      'run_id=run-1',
    ]);
    expect(call.status, call.stderr).toBe(0);
    const result = JSON.parse(call.stdout) as { structuredContent: { decision: string; evidence: { pack_sha256: string } } };
    expect(result.structuredContent.decision).toBe('deny');
    expect(result.structuredContent.evidence.pack_sha256).toBe(sha256File(EXAMPLE_PACK));

    const read = inspector(['--method', 'resources/read', '--uri', 'policy://pack']);
    expect(read.status, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout).contents[0].uri).toBe('policy://pack');
  });
});
