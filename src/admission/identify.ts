/**
 * Which workflow and run a pull request belongs to, from the sources issue #4 names. Pure.
 */
import { quoteValue } from '../decision/text.js';

/**
 * What a trailer-given workflow or run id may hold. The PR description is the agent's to write, and
 * these values become the Action's `workflow-id` / `run-id` outputs, which a later step may paste
 * into a shell: `$(…)`, `;`, backticks and quotes must not get there.
 */
const TRAILER_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/;
const TRAILER_ID_CHARS = 'letters, digits and . _ : / @ + - (at most 200)';

export interface WorkflowSource {
  source: 'input' | 'branch' | 'trailer';
  value: string;
}

export type WorkflowResolution =
  | { workflow_id: string; sources: WorkflowSource[]; problem: null }
  | { workflow_id: null; sources: WorkflowSource[]; problem: string };

/** Every value of a `Key: value` trailer line in a PR body or commit message (key case-insensitive). */
export function trailerValues(body: string, key: string): string[] {
  const re = new RegExp(`^[ \\t]*${key}[ \\t]*:[ \\t]*(\\S+)[ \\t]*$`, 'gim');
  return [...body.replace(/\r\n?/g, '\n').matchAll(re)].map((m) => m[1]!);
}

/**
 * The workflow id from the branch `<prefix><workflow_id>/…`: only a segment that names a declared
 * workflow counts, so an ordinary agent branch (`<prefix>fix-typo`) names no workflow.
 */
export function workflowFromBranch(branch: string, prefixes: string[], declared: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const prefix of prefixes) {
    if (prefix === '' || !branch.startsWith(prefix)) continue;
    const rest = branch.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash > 0 && declared.has(rest.slice(0, slash))) found.add(rest.slice(0, slash));
  }
  return [...found];
}

/**
 * The configured workflow id, else the branch's, else the `Workflow-Id:` trailer. All present
 * sources must agree: a PR whose branch says one workflow and whose body says another is denied,
 * since an agent could otherwise pick the most permissive workflow for itself.
 */
export function resolveWorkflow(
  configured: string | null,
  branch: string,
  body: string,
  prefixes: string[],
  declared: ReadonlySet<string>,
): WorkflowResolution {
  const sources: WorkflowSource[] = [
    ...(configured ? [{ source: 'input' as const, value: configured }] : []),
    ...workflowFromBranch(branch, prefixes, declared).map((value) => ({ source: 'branch' as const, value })),
    ...trailerValues(body, 'Workflow-Id').map((value) => ({ source: 'trailer' as const, value })),
  ];
  const unsafe = sources.find((s) => s.source === 'trailer' && !TRAILER_ID.test(s.value));
  if (unsafe) return { workflow_id: null, sources, problem: `The Workflow-Id trailer ${quoteValue(unsafe.value)} is not a workflow id: it may hold ${TRAILER_ID_CHARS}.` };
  const distinct = [...new Set(sources.map((s) => s.value))];
  if (distinct.length === 1) return { workflow_id: distinct[0]!, sources, problem: null };
  if (distinct.length === 0) {
    return {
      workflow_id: null,
      sources,
      problem:
        'No workflow id: set the workflow-id input, name the branch <prefix><workflow_id>/…, or add a "Workflow-Id: <id>" trailer to the PR description.',
    };
  }
  return {
    workflow_id: null,
    sources,
    problem: `The workflow id sources disagree: ${sources.map((s) => `${SOURCE_NAMES[s.source]} says "${s.value}"`).join(', ')}.`,
  };
}

const SOURCE_NAMES: Record<WorkflowSource['source'], string> = {
  input: 'the workflow-id input',
  branch: 'the branch name',
  trailer: 'a Workflow-Id trailer',
};

/** The configured run id, else the first `Run-Id:` trailer, else `pr-<number>-<head sha>` (`local-<head sha>` without a PR). */
export function resolveRunId(configured: string | null | undefined, body: string, prNumber: number, headSha: string): string {
  if (configured) return configured;
  const trailer = trailerValues(body, 'Run-Id')[0];
  if (trailer !== undefined) return trailer;
  return prNumber > 0 ? `pr-${prNumber}-${headSha}` : `local-${headSha}`;
}

/** Why the run id's `Run-Id:` trailer (when the run id comes from one) cannot be used, or null. */
export function runIdTrailerProblem(configured: string | null | undefined, body: string): string | null {
  if (configured) return null;
  const trailer = trailerValues(body, 'Run-Id')[0];
  if (trailer === undefined || TRAILER_ID.test(trailer)) return null;
  return `The Run-Id trailer ${quoteValue(trailer)} is not a run id: it may hold ${TRAILER_ID_CHARS}.`;
}
