/** `mcp --shadow` (in process, a real SDK client over a stdio stream pair): decided and logged as usual, answered as allowed with the decision that would have applied. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PACK, startServer } from './support.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'mgp-shadow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('mcp --shadow', () => {
  it('answers a deny as allowed, carrying would_decision and enforced: false, and logs the real decision', async () => {
    const log = path.join(tmp, 'decisions.jsonl');
    const server = await startServer(['--policy', EXAMPLE_PACK, '--decision-log', log, '--shadow']);
    try {
      const denied = await server.call('policy_evaluate', {
        workflow_id: 'no-such-workflow',
        agent_id: 'codex',
        run_id: 'r1',
        tool_namespace: 'x',
        tool_access_mode: 'read',
        gate_phase: 'tool_call',
      });
      const s = denied.structuredContent as Record<string, unknown>;
      expect(s).toMatchObject({ decision: 'allow', allowed: true, enforced: false, would_decision: 'deny' });
      expect(String(s.reason)).toMatch(/^shadow: would deny: /);
      const allowed = await server.call('policy_evaluate', {
        workflow_id: 'dependency-patch',
        agent_id: 'codex',
        run_id: 'r2',
        tool_namespace: 'advisories.osv',
        tool_access_mode: 'read',
        gate_phase: 'tool_call',
      });
      expect(allowed.structuredContent).toMatchObject({ decision: 'allow', enforced: false, would_decision: 'allow' });
      expect(server.stderr()).toContain('shadow mode');
    } finally {
      await server.close();
    }
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(lines[0])).toContain('"deny"');
  });
});
