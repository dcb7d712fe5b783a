import { readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { ALWAYS_FORBIDDEN_GLOBS } from '../../src/decision/always-forbidden.js';
import { loadPolicy, type Policy } from '../../src/decision/index.js';
import type { Pack } from '../../src/pack/types.js';
import { REPO_ROOT } from '../support/paths.js';

export const EXAMPLE_MANIFEST_PATH = path.join(REPO_ROOT, 'data/control-plane/workflow-manifests.json');
export const EXAMPLE_PACK_PATH = path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json');
export const examplePack = (): Pack => JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;
export const exampleManifest = (): {
  workflows: {
    id: string;
    scope: { allowed_paths: string[]; forbidden_paths: string[]; max_changed_files: number; max_diff_lines: number };
  }[];
} & Record<string, unknown> => JSON.parse(readFileSync(EXAMPLE_MANIFEST_PATH, 'utf8'));

/** The example pack with one workflow's path patterns replaced. */
export function packWithPaths(id: string, allowed: string[], forbidden: string[]): Policy {
  const pack = examplePack();
  const w = pack.workflow_policies.find((x) => x.workflow_id === id)!;
  w.change_scope.allowed_paths = allowed;
  w.change_scope.forbidden_paths = forbidden;
  return loadPolicy(pack);
}

/**
 * Does the engine let dependency-patch's write scope write this one path? Asked the way an agent
 * asks: a branch write through repo.contents.
 */
export function engineWrites(policy: Policy, path: string, workflow = 'dependency-patch'): boolean {
  const d = policy.evaluate({
    workflow_id: workflow,
    run_id: 'run-1',
    agent_id: policy.workflow(workflow)!.identity.allowed_agents[0],
    tool_namespace: 'repo.contents',
    tool_access_mode: 'write_branch',
    gate_phase: 'tool_call',
    branch_name: 'agent/fix',
    changed_paths: [path],
    diff_line_count: 1,
  });
  if (d.evidence.paths.length !== 1) throw new Error(`the path was not judged: ${d.reason}`);
  return d.evidence.paths[0]!.verdict === 'allowed';
}

const always = ALWAYS_FORBIDDEN_GLOBS.map((g) => picomatch(g, { dot: true, nocase: true }));
/** Paths the admission check refuses for every agent whatever the pack says. */
export const alwaysForbidden = (p: string): boolean => always.some((t) => t(p));
