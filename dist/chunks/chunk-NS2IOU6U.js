import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

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
  parseReviewerPools,
  offlinePoolMembership
};
