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
export const KNOWN_AGENTS: readonly KnownAgent[] = [
  { login: 'Copilot', agent_class: 'github_copilot', type: 'Bot' },
  { login: 'copilot-swe-agent', agent_class: 'github_copilot', type: 'Bot' },
  { login: 'copilot-swe-agent[bot]', agent_class: 'github_copilot', type: null },
  { login: 'devin-ai-integration[bot]', agent_class: 'devin', type: null },
  { login: 'chatgpt-codex-connector[bot]', agent_class: 'codex', type: null },
  { login: 'claude[bot]', agent_class: 'claude', type: null },
  { login: 'cursor[bot]', agent_class: 'cursor', type: null },
];

export interface AgentDirectory {
  /** The agent class a login maps to (logins compare case-insensitively, as on GitHub), or null. */
  classOf(login: string, userType: string): string | null;
  /** True when the login is a known agent login of any type (an agent never approves). */
  isAgentLogin(login: string): boolean;
}

/** The built-in agents, extended (and overridden) by the caller's `agents` map of login → class. */
export function agentDirectory(extra: Record<string, string>): AgentDirectory {
  const builtIn = new Map(KNOWN_AGENTS.map((a) => [a.login.toLowerCase(), a]));
  const configured = new Map(Object.entries(extra).map(([login, cls]) => [login.toLowerCase(), cls]));
  return {
    classOf(login, userType) {
      const key = login.toLowerCase();
      const cls = configured.get(key);
      if (cls !== undefined) return cls;
      const known = builtIn.get(key);
      if (known === undefined || (known.type !== null && known.type !== userType)) return null;
      return known.agent_class;
    },
    isAgentLogin(login) {
      const key = login.toLowerCase();
      return configured.has(key) || builtIn.has(key);
    },
  };
}

/** Every branch prefix the pack declares (workflow dispatch and the global default). */
export function declaredBranchPrefixes(pack: Pack): string[] {
  const all = [
    pack.global_defaults.required_remediation_branch_prefix,
    ...pack.workflow_policies.map((w) => w.dispatch.required_branch_prefix),
  ];
  return [...new Set(all.filter((p): p is string => typeof p === 'string' && p !== ''))];
}

/**
 * The one rule for "agent-authored", used for the PR under review and for counting the other open
 * agent PRs against the cap: a declared branch prefix, or a known agent login.
 */
export function isAgentAuthored(
  prefixes: readonly string[],
  agents: AgentDirectory,
  headRef: string,
  author: { login: string; type: string },
): boolean {
  return prefixes.some((p) => headRef.startsWith(p)) || (author.login !== '' && agents.classOf(author.login, author.type) !== null);
}
