export interface WorkflowSource {
    source: 'input' | 'branch' | 'trailer';
    value: string;
}
export type WorkflowResolution = {
    workflow_id: string;
    sources: WorkflowSource[];
    problem: null;
} | {
    workflow_id: null;
    sources: WorkflowSource[];
    problem: string;
};
/** Every value of a `Key: value` trailer line in a PR body or commit message (key case-insensitive). */
export declare function trailerValues(body: string, key: string): string[];
/**
 * The workflow id from the branch `<prefix><workflow_id>/…`: only a segment that names a declared
 * workflow counts, so an ordinary agent branch (`<prefix>fix-typo`) names no workflow.
 */
export declare function workflowFromBranch(branch: string, prefixes: string[], declared: ReadonlySet<string>): string[];
/**
 * The configured workflow id, else the branch's, else the `Workflow-Id:` trailer. All present
 * sources must agree: a PR whose branch says one workflow and whose body says another is denied,
 * since an agent could otherwise pick the most permissive workflow for itself.
 */
export declare function resolveWorkflow(configured: string | null, branch: string, body: string, prefixes: string[], declared: ReadonlySet<string>): WorkflowResolution;
/** The configured run id, else the first `Run-Id:` trailer, else `pr-<number>-<head sha>` (`local-<head sha>` without a PR). */
export declare function resolveRunId(configured: string | null | undefined, body: string, prNumber: number, headSha: string): string;
/** Why the run id's `Run-Id:` trailer (when the run id comes from one) cannot be used, or null. */
export declare function runIdTrailerProblem(configured: string | null | undefined, body: string): string | null;
