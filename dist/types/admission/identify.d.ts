export interface WorkflowSource {
    source: 'input' | 'branch' | 'trailer';
    value: string;
}
/** Why no workflow id could be taken, as a stable code (see docs/evidence.md). */
export type WorkflowProblemCode = 'workflow_unresolved' | 'workflow_sources_disagree' | 'workflow_trailer_invalid';
export type WorkflowResolution = {
    workflow_id: string;
    sources: WorkflowSource[];
    problem: null;
    code: null;
} | {
    workflow_id: null;
    sources: WorkflowSource[];
    problem: string;
    code: WorkflowProblemCode;
};
/** Every value of a `Key: value` trailer line in a PR body or commit message (key case-insensitive). */
export declare function trailerValues(body: string, key: string): string[];
/**
 * The workflow id from the branch `<prefix><workflow_id>/…`: only a segment that names a declared
 * workflow counts, so an ordinary agent branch (`<prefix>fix-typo`) names no workflow.
 */
export declare function workflowFromBranch(branch: string, prefixes: string[], declared: ReadonlySet<string>): string[];
/** Where the workflow id may come from; the operator's choice (`workflow-from`), never the PR's. */
export type WorkflowFrom = WorkflowSource['source'];
export declare const WORKFLOW_SOURCES: readonly WorkflowFrom[];
/** The default: the operator's input, then the branch. A trailer is the PR's own text: only when allowed. */
export declare const DEFAULT_WORKFLOW_FROM: readonly WorkflowFrom[];
/** A `workflow-from` list ("input,branch"): known sources, at least one, each once. Throws with the valid values. */
export declare function parseWorkflowFrom(raw: string): WorkflowFrom[];
/**
 * The workflow id from the sources `from` allows: the configured input, the branch, the
 * `Workflow-Id:` trailer. All present sources must agree: a PR whose branch says one workflow and
 * whose body says another is denied, since an agent could otherwise pick the most permissive
 * workflow for itself. A trailer when trailers are not allowed is left out and reported in
 * `ignored`.
 */
export declare function resolveWorkflow(configured: string | null, branch: string, body: string, prefixes: string[], declared: ReadonlySet<string>, options?: {
    from?: readonly WorkflowFrom[];
    local?: boolean;
}): WorkflowResolution & {
    ignored: WorkflowSource[];
};
/** The configured run id, else the first `Run-Id:` trailer, else `pr-<number>-<head sha>` (`local-<head sha>` without a PR). */
export declare function resolveRunId(configured: string | null | undefined, body: string, prNumber: number, headSha: string): string;
/** Why the run id's `Run-Id:` trailer (when the run id comes from one) cannot be used, or null. */
export declare function runIdTrailerProblem(configured: string | null | undefined, body: string): string | null;
