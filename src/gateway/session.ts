/** The session's identity and state directory, with the defaults read from the work tree. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { GitReader } from '../git/index.js';
import type { SessionConfig } from './config.js';
import type { SessionIdentity } from './gateway.js';

/** The work tree's git directory and current branch (null when detached or not a repository). */
async function readGit(repo: string): Promise<{ gitDir: string | null; branch: string | null }> {
  let reader: GitReader;
  try {
    reader = await GitReader.open(repo);
  } catch {
    return { gitDir: null, branch: null };
  }
  try {
    const branch = (await reader.text(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')).trim();
    return { gitDir: reader.gitDir, branch: branch === '' ? null : branch };
  } finally {
    await reader.close();
  }
}

export function freshRunId(): string {
  return `gw-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(4).toString('hex')}`;
}

/**
 * Resolves run id, agent id and branch. The state directory defaults to the work tree's git
 * directory, which no gateway path can write (the engine refuses any `.git` component).
 */
export async function resolveSession(
  s: SessionConfig,
  stateDir: string | null,
): Promise<{ identity: SessionIdentity; stateDir: string | null }> {
  const git = s.branch === null || stateDir === null ? await readGit(s.repo) : { gitDir: null, branch: null };
  const agentClass = s.agent_class;
  return {
    identity: {
      workflow_id: s.workflow_id,
      // The engine needs an agent id; with only a class, use the canonical identity naming it.
      agent_id: s.agent_id ?? `sr-agent::${s.workflow_id}::${agentClass!}`,
      agent_class: agentClass,
      run_id: s.run_id ?? freshRunId(),
      branch: s.branch ?? git.branch,
      gate_phase: s.gate_phase,
    },
    stateDir: stateDir ?? (git.gitDir === null ? null : path.join(git.gitDir, 'mcp-gateway-policy')),
  };
}
