import type { Pack } from '../pack/index.js';
/**
 * Who is an agent. A pull request is agent-authored when its head branch starts with a branch
 * prefix the pack declares, or when its author is a known agent identity.
 */
interface KnownAgent {
    login: string;
    agent_class: string;
    /** GitHub account type the login must have; logins ending in [bot] can only be apps. */
    type: 'Bot' | null;
}
/** The real logins the agents open pull requests with. */
export declare const KNOWN_AGENTS: readonly KnownAgent[];
export interface AgentDirectory {
    /** The agent class a login maps to (logins compare case-insensitively, as on GitHub), or null. */
    classOf(login: string, userType: string): string | null;
    /** True when the login is a known agent login of any type (an agent never approves). */
    isAgentLogin(login: string): boolean;
}
/** The built-in agents, extended (and overridden) by the caller's `agents` map of login → class. */
export declare function agentDirectory(extra: Record<string, string>): AgentDirectory;
/** Every branch prefix the pack declares (workflow dispatch and the global default). */
export declare function declaredBranchPrefixes(pack: Pack): string[];
/**
 * The one rule for "agent-authored", used for the PR under review and for counting the other open
 * agent PRs against the cap: a declared branch prefix, or a known agent login.
 */
export declare function isAgentAuthored(prefixes: readonly string[], agents: AgentDirectory, headRef: string, author: {
    login: string;
    type: string;
}): boolean;
export {};
