/**
 * Builds the admission core's input from the webhook event and the GitHub API, failing closed:
 * whatever cannot be read becomes `files: null`, `base.problem`, `open_agent_prs: null` or an
 * entry in `problems`, each with its reason, and the core denies. Nothing here throws for an API
 * error; nothing here decides.
 *
 * Request plan (reads; see docs/action.md "API requests"), for a PR with F changed files:
 *   pulls/list-files            ⌈F/100⌉   (per_page=100; GitHub serves at most 3,000)
 *   git/get-tree  head          1         (file modes: symlinks, submodules, executables)
 *   repos/get-content  ×2       2         (pack + manifest at the base SHA; 0 when the checkout has the base commit)
 *   pulls/list-reviews          1
 *   issues/list-comments        1         (approval records in comments)
 *   pulls/list  state=open      1         (open agent PRs, and the PR's current head and labels)
 * = ⌈F/100⌉ + 6. Only when needed: git/get-tree at the base SHA (+1: a file removed, renamed,
 * copied or changed in type, or modified and executable/a symlink/a submodule at head — where the
 * previous mode can matter), pulls/get (+1: pull_request_review payloads carry no changed_files),
 * one team membership lookup per (team, candidate approver).
 */
import type { CommentLike } from './comment.js';
import type { AdmissionInput } from '../admission/types.js';
import type { PullRequestEvent } from './event.js';
import type { LocalHistory } from './local-history.js';
import { type GitHubClient } from './octokit.js';
/** GitHub's pull request files endpoint returns at most this many files. */
export declare const PR_FILES_API_CAP = 3000;
/** An open pull request as the open-PR cap sees it. */
export interface OpenPull {
    number: number;
    head_ref: string;
    head_sha: string;
    author: {
        login: string;
        type: string;
    };
    labels: string[];
}
export interface FetchAdmissionOptions {
    gh: GitHubClient;
    event: PullRequestEvent;
    packPath: string;
    manifestPath: string;
    reviewerPools: Record<string, string[]>;
    config: AdmissionInput['config'];
    context: Omit<AdmissionInput['context'], 'notes'>;
    /** The runner's checkout, when it is a git repository. */
    local: LocalHistory | null;
    /**
     * The admission core's agent detection, given the base pack's text (branch prefixes) — so the
     * open-PR cap counts exactly the PRs the core would call agent-authored.
     */
    isAgentPull: (packText: string | null, pull: OpenPull) => boolean;
}
/** What one fetch yields: the core's input, and the PR's comments as listed (the sticky comment reuses them). */
export interface AdmissionFetch {
    input: AdmissionInput;
    comments: CommentLike[] | null;
}
export declare function fetchAdmissionInput(o: FetchAdmissionOptions): Promise<AdmissionFetch>;
