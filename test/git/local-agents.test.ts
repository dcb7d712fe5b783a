import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admit } from '../../src/admission/admit.js';
import { KNOWN_AGENTS } from '../../src/admission/agents.js';
import { collectLocalAdmissionInput } from '../../src/git/local-admission.js';
import { TempRepo } from '../admission/git-repo.js';
import { MANIFEST_PATH, MANIFEST_TEXT, PACK_PATH, PACK_TEXT } from '../admission/support.js';

// A branch no pack prefix covers, so only the login can make the change an agent's.
let repo: TempRepo;
beforeAll(() => {
  repo = TempRepo.create('local-agents-');
  repo.write(MANIFEST_PATH, MANIFEST_TEXT).write(PACK_PATH, PACK_TEXT).write('src/app.ts', 'x\n');
  repo.commit('base');
  repo.branch('feature/x').write('src/app.ts', 'y\n');
  repo.commit('change');
});
afterAll(() => repo?.remove());

const judge = async (login: string) =>
  admit(
    await collectLocalAdmissionInput({
      repoDir: repo.dir,
      base: 'main',
      head: 'feature/x',
      packPath: PACK_PATH,
      agentLogin: login,
      now: '2026-11-29T12:00:00Z',
    }),
  );

describe('local mode knows every built-in agent login, as the Action does', () => {
  const logins = KNOWN_AGENTS.flatMap((a) =>
    [a.login, a.login.toUpperCase(), a.login.toLowerCase()].map((l) => [l, a.agent_class] as const),
  );
  it.each(logins)('%s is the agent %s and is checked', async (login, cls) => {
    const r = await judge(login);
    expect(r.decision).not.toBe('not_applicable');
    expect(r.agent_class).toBe(cls);
  });

  it('a login that is no agent is not applicable on an ordinary branch', async () => {
    expect((await judge('alice')).decision).toBe('not_applicable');
  });
});
