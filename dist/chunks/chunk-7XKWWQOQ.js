import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  apiStatus,
  describeApiError
} from "./chunk-ZBOZFMPI.js";

// src/github/pools.ts
async function resolvePoolMembership(gh, pools, candidates) {
  const membership = {};
  const notes = [];
  const teamAnswers = /* @__PURE__ */ new Map();
  const askTeam = (org, team, login) => {
    const key = `${org}/${team}/${login}`.toLowerCase();
    let answer = teamAnswers.get(key);
    if (!answer) {
      answer = gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }).then(
        (r) => ({ state: r.data.state === "active" ? "member" : "not_member" }),
        (err) => apiStatus(err) === 404 ? { state: "not_member" } : { state: "unverifiable", reason: describeApiError(err) }
      );
      teamAnswers.set(key, answer);
    }
    return answer;
  };
  const unique = [...new Set(candidates)].sort();
  for (const [pool, entries] of Object.entries(pools)) {
    membership[pool] = {};
    const logins = new Set(entries.filter((e) => !e.includes("/")).map((e) => e.toLowerCase()));
    const teams = entries.filter((e) => e.includes("/")).map((e) => e.split("/"));
    for (const login of unique) {
      if (logins.has(login.toLowerCase())) {
        membership[pool][login] = "member";
        continue;
      }
      const answers = await Promise.all(
        teams.map(
          ([org, team, ...rest]) => org && team && rest.length === 0 ? askTeam(org, team, login) : Promise.resolve({ state: "unverifiable", reason: "not an org/team slug" })
        )
      );
      if (answers.some((a) => a.state === "member")) {
        membership[pool][login] = "member";
        continue;
      }
      const unverifiable = answers.flatMap((a, i) => a.state === "unverifiable" ? [`${teams[i].join("/")}: ${a.reason}`] : []);
      if (unverifiable.length > 0) {
        membership[pool][login] = "unverifiable";
        notes.push(
          `could not verify whether ${login} belongs to reviewer pool "${pool}" (${unverifiable.join("; ")}); reading team membership needs a token with members: read (organization)`
        );
      } else {
        membership[pool][login] = "not_member";
      }
    }
  }
  return { membership, notes };
}

export {
  resolvePoolMembership
};
