/**
 * The Action's inputs, read and validated once. Pure: it takes a getter so tests need no env.
 * Every error names the input and, where there is a fixed set, lists the valid values.
 */
export type Mode = 'admit' | 'check';
export type OnKill = 'fail' | 'close';
export type ApprovalsRule = 'all' | 'any';
export type FailOn = 'deny' | 'kill_session' | 'hold_for_approval';
export interface ActionInputs {
    mode: Mode;
    token: string;
    manifestPath: string;
    packPath: string;
    workflowId: string | null;
    toolNamespace: string;
    /** Extra agent logins → agent class, on top of the built-in ones. */
    agents: Record<string, string>;
    /** Reviewer pool → logins and/or org/team slugs. */
    reviewerPools: Record<string, string[]>;
    approvals: ApprovalsRule;
    killSignal: string | null;
    killLabel: string;
    onKill: OnKill;
    failOn: FailOn[];
    comment: boolean;
    /** The login our comments are written as, for a GitHub App token (`<slug>[bot]`); empty: worked out from the token. */
    commentAuthor: string | null;
    status: boolean;
    statusContext: string;
    evidencePath: string;
    expectPackSha256: string | null;
}
export declare class InputError extends Error {
    name: string;
}
export declare function parseInputs(get: (name: string) => string, env?: NodeJS.ProcessEnv): ActionInputs;
