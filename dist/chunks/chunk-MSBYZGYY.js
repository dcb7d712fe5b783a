import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/admission/agents.ts
var KNOWN_AGENTS = [
  { login: "Copilot", agent_class: "github_copilot", type: "Bot" },
  { login: "copilot-swe-agent", agent_class: "github_copilot", type: "Bot" },
  { login: "copilot-swe-agent[bot]", agent_class: "github_copilot", type: null },
  { login: "devin-ai-integration[bot]", agent_class: "devin", type: null },
  { login: "chatgpt-codex-connector[bot]", agent_class: "codex", type: null },
  { login: "claude[bot]", agent_class: "claude", type: null },
  { login: "cursor[bot]", agent_class: "cursor", type: null }
];
function agentDirectory(extra) {
  const builtIn = new Map(KNOWN_AGENTS.map((a) => [a.login.toLowerCase(), a]));
  const configured = new Map(Object.entries(extra).map(([login, cls]) => [login.toLowerCase(), cls]));
  return {
    classOf(login, userType) {
      const key = login.toLowerCase();
      const cls = configured.get(key);
      if (cls !== void 0) return cls;
      const known = builtIn.get(key);
      if (known === void 0 || known.type !== null && known.type !== userType) return null;
      return known.agent_class;
    },
    isAgentLogin(login) {
      const key = login.toLowerCase();
      return configured.has(key) || builtIn.has(key);
    }
  };
}
function declaredBranchPrefixes(pack) {
  const all = [
    pack.global_defaults.required_remediation_branch_prefix,
    ...pack.workflow_policies.map((w) => w.dispatch.required_branch_prefix)
  ];
  return [...new Set(all.filter((p) => typeof p === "string" && p !== ""))];
}
function isAgentAuthored(prefixes, agents, headRef, author) {
  return prefixes.some((p) => headRef.startsWith(p)) || author.login !== "" && agents.classOf(author.login, author.type) !== null;
}

// src/admission/reviewer-pools.ts
function parseReviewerPools(parsed, where) {
  if (parsed === null || parsed === void 0) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${where} must be a YAML map`);
  const pools = {};
  for (const [pool, members] of Object.entries(parsed)) {
    const list = typeof members === "string" ? [members] : members;
    if (!Array.isArray(list) || !list.every((m) => typeof m === "string" && m.trim() !== "")) {
      throw new Error(`${where}: pool "${pool}" must list logins or org/team slugs`);
    }
    pools[pool] = list.map((m) => m.trim());
  }
  return pools;
}
function offlinePoolMembership(pools, candidates) {
  const membership = {};
  for (const [pool, members] of Object.entries(pools)) {
    const logins = new Set(members.filter((m) => !m.includes("/")).map((m) => m.toLowerCase()));
    const hasTeams = members.some((m) => m.includes("/"));
    membership[pool] = {};
    for (const c of candidates) membership[pool][c] = logins.has(c.toLowerCase()) ? "member" : hasTeams ? "unverifiable" : "not_member";
  }
  return membership;
}

export {
  KNOWN_AGENTS,
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored,
  parseReviewerPools,
  offlinePoolMembership
};
