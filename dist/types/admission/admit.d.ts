/**
 * The PR admission check's pure core: AdmissionInput in, AdmissionResult out (src/evidence seals it).
 * The gates are an ordered table (ADMISSION_GATES) of functions over one shared context.
 *
 * Every verdict comes from `policy.evaluate` on requests built from the PR, or from the few
 * built-in rules the pack cannot express (always-forbidden paths, symlinks and submodules, the
 * required label, the open-PR cap, approval identities). The pack's own rules are never copied.
 *
 * How the PR maps to evaluator requests (all with tool_access_mode `write_branch` on the
 * configured tool namespace, branch_name = head branch, head_sha = head commit):
 * - admission + write: one request at gate_phase `admission` carrying one changed path per file
 *   (a rename counts once) and diff_line_count = additions + deletions. Its workflow, status,
 *   posture, identity, scope and branch checks make the admission gate; its file-count, diff-size
 *   and per-path checks make the write gate. (The evaluator stops before the path checks when
 *   the admission part fails; the rows then say `unchecked`.)
 * - the previous paths of renames and copies: a second request with those paths, so moving a
 *   file out of a forbidden directory is judged on where it came from too.
 * - kill: the same request with runtime_kill_signal (the kill-signal input, or the kill label).
 * - pre-merge: the same request at gate_phase `pre_merge`, once bare and once per typed approval
 *   record (as human_approval_record), so records are judged by the evaluator's approval logic.
 */
import { type Decision, type Policy, type Reason } from '../decision/index.js';
import { type YamlManifestParser } from '../pack/index.js';
import type { WorkflowPolicy } from '../pack/index.js';
import { type AgentDirectory } from './agents.js';
import type { AdmissionInput, AdmissionResult, GateName, GateResult } from './types.js';
export interface AdmitOptions {
    /**
     * Parses the base manifest when it is YAML (the pack-drift check regenerates the pack from it).
     * The library's `admit` always has one; `admitLean` loads it only for a YAML manifest.
     */
    parseYaml?: YamlManifestParser;
}
/** admit, with the YAML parser loaded first only if the base manifest is YAML (it is a large module). */
export declare function admitLean(input: AdmissionInput): Promise<AdmissionResult>;
/** Whether admitting `input` regenerates the pack from a YAML manifest. */
export declare function admissionNeedsYaml(input: AdmissionInput): boolean;
/**
 * Decides whether an agent-authored pull request may merge, and says why.
 *
 * Pure and synchronous: everything it needs is in `input` (filled by the GitHub adapter or the
 * local-git adapter), including the evaluation time. It never throws: a failure anywhere is a
 * `deny` result carrying the reason; `sealEvidence` (src/evidence) turns it into the evidence record.
 *
 * The top-level `decision` is the most restrictive gate's (`allow` when every gate passes), or
 * `not_applicable` when the PR is not agent-authored.
 */
export declare function admit(input: AdmissionInput, options?: AdmitOptions): AdmissionResult;
interface Evaluation {
    request: Record<string, unknown>;
    decision: Decision;
}
/** What the gates share: the input, the result being built, and what earlier gates found. */
interface AdmissionContext {
    readonly input: AdmissionInput;
    readonly parseYaml: YamlManifestParser | undefined;
    readonly result: AdmissionResult;
    readonly agents: AgentDirectory;
    readonly local: boolean;
    /** The trusted base pack, once the trust gate has loaded it. */
    policy: Policy | null;
    trust: GateResult | null;
    prefixes: string[];
    /** The kill signal in force (the kill-signal input, or the kill label) and why. */
    kill: {
        signal: string;
        why: Reason;
    } | null;
    loginClass: string | null;
    explicitClass: string | null;
    /** Admission-gate reasons found while identifying the workflow, agent and run. */
    identity: Reason[];
    wf: WorkflowPolicy | undefined;
    evaluate(extra: Record<string, unknown>): Evaluation;
    /** The admission request's evaluation, whose checks the admission and write gates share. */
    main: Evaluation | null;
}
/** What a gate tells the run: go on, skip to the conclusion, or return the result as it is. */
type Flow = 'next' | 'conclude' | 'stop';
interface AdmissionGate {
    name: GateName | 'applicability' | 'identity';
    run(ctx: AdmissionContext): Flow;
}
/** The gates, in order. Each reads what the earlier ones left in the context. */
export declare const ADMISSION_GATES: readonly AdmissionGate[];
export {};
