/**
 * Which workflow and run a pull request belongs to: from a configured input, the branch name or
 * commit trailers (see `workflow-from`). Pure.
 */
import { quoteValue } from '../decision/index.js';

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

/** Why no workflow id could be taken, as a stable code (see docs/evidence.md). */
export type WorkflowProblemCode = 'workflow_unresolved' | 'workflow_sources_disagree' | 'workflow_trailer_invalid';

export type WorkflowResolution =
  | { workflow_id: string; sources: WorkflowSource[]; problem: null; code: null }
  | { workflow_id: null; sources: WorkflowSource[]; problem: string; code: WorkflowProblemCode };

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

/** Where the workflow id may come from; the operator's choice (`workflow-from`), never the PR's. */
export type WorkflowFrom = WorkflowSource['source'];
export const WORKFLOW_SOURCES: readonly WorkflowFrom[] = ['input', 'branch', 'trailer'];
/** The default: the operator's input, then the branch. A trailer is the PR's own text: only when allowed. */
export const DEFAULT_WORKFLOW_FROM: readonly WorkflowFrom[] = ['input', 'branch'];

/** A `workflow-from` list ("input,branch"): known sources, at least one, each once. Throws with the valid values. */
export function parseWorkflowFrom(raw: string): WorkflowFrom[] {
  const values = raw.split(/[\s,]+/).filter(Boolean);
  if (values.length === 0) return [...DEFAULT_WORKFLOW_FROM];
  for (const v of values) {
    if (!(WORKFLOW_SOURCES as readonly string[]).includes(v))
      throw new Error(`"${v}" is not a workflow source; valid values: ${WORKFLOW_SOURCES.join(', ')}`);
  }
  return [...new Set(values as WorkflowFrom[])];
}

/**
 * The workflow id from the sources `from` allows: the configured input, the branch, the
 * `Workflow-Id:` trailer. All present sources must agree: a PR whose branch says one workflow and
 * whose body says another is denied, since an agent could otherwise pick the most permissive
 * workflow for itself. A trailer when trailers are not allowed is left out and reported in
 * `ignored`.
 */
export function resolveWorkflow(
  configured: string | null,
  branch: string,
  body: string,
  prefixes: string[],
  declared: ReadonlySet<string>,
  options: { from?: readonly WorkflowFrom[]; local?: boolean } = {},
): WorkflowResolution & { ignored: WorkflowSource[] } {
  const from = options.from ?? DEFAULT_WORKFLOW_FROM;
  const words = options.local ? LOCAL_WORDS : ACTION_WORDS;
  const all: WorkflowSource[] = [
    ...(configured ? [{ source: 'input' as const, value: configured }] : []),
    ...workflowFromBranch(branch, prefixes, declared).map((value) => ({ source: 'branch' as const, value })),
    ...trailerValues(body, 'Workflow-Id').map((value) => ({ source: 'trailer' as const, value })),
  ];
  const sources = all.filter((s) => from.includes(s.source));
  const ignored = all.filter((s) => !from.includes(s.source));
  const unsafe = sources.find((s) => s.source === 'trailer' && !TRAILER_ID.test(s.value));
  if (unsafe)
    return {
      workflow_id: null,
      sources,
      ignored,
      code: 'workflow_trailer_invalid',
      problem: `The Workflow-Id trailer ${quoteValue(unsafe.value)} is not a workflow id: it may hold ${TRAILER_ID_CHARS}.`,
    };
  const distinct = [...new Set(sources.map((s) => s.value))];
  if (distinct.length === 1) return { workflow_id: distinct[0]!, sources, ignored, problem: null, code: null };
  if (distinct.length === 0) {
    const ways = from.map((f) => words.ways[f]).join(', or ');
    return { workflow_id: null, sources, ignored, code: 'workflow_unresolved', problem: `No workflow id: ${ways}.` };
  }
  return {
    workflow_id: null,
    sources,
    ignored,
    code: 'workflow_sources_disagree',
    problem: `The workflow id sources disagree: ${sources.map((s) => `${words.names[s.source]} says "${s.value}"`).join(', ')}.`,
  };
}

interface SourceWords {
  ways: Record<WorkflowFrom, string>;
  names: Record<WorkflowFrom, string>;
}

// Whatever a reader may copy (an input name, a flag, a trailer) is in backticks: the evidence
// renders it as a code span, which carries no invisible characters from Markdown escaping.
const ACTION_WORDS: SourceWords = {
  ways: {
    input: 'set the `workflow-id` input',
    branch: 'name the branch `<prefix><workflow_id>/…`',
    trailer: 'add a `Workflow-Id: <id>` trailer to the PR description',
  },
  names: { input: 'the workflow-id input', branch: 'the branch name', trailer: 'a Workflow-Id trailer' },
};

/** The same, for `admit` on a local repository: its flags, and the head commit for a description. */
const LOCAL_WORDS: SourceWords = {
  ways: {
    input: 'pass `--workflow-id <id>`',
    branch: 'name the branch `<prefix><workflow_id>/…` (or pass it with `--branch`)',
    trailer: 'add a `Workflow-Id: <id>` trailer to the head commit message',
  },
  names: { input: '--workflow-id', branch: 'the branch name', trailer: 'a Workflow-Id trailer' },
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
