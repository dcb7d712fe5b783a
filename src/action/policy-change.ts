/**
 * Reads a pull request's policy change through the API (the base commit's pack and the head's
 * manifest, never a checkout, nothing of the PR executed) and diffs them semantically.
 */
import type { ChangedFile, PolicyDiffEvidence, ReviewFacts } from '../admission/index.js';
import { diffPolicies, loadPolicySource, PolicySourceError } from '../diff/index.js';
import type { PullRequestEvent } from '../github/index.js';
import { describeApiError, type GitHubClient } from '../github/octokit.js';
import { resolvePoolMembership } from '../github/index.js';
import { DEFAULT_MANIFEST_PATH, recordedManifestPath } from '../pack/index.js';
import type { ActionInputs } from './inputs.js';

const PER_PAGE = 100;

/** What the admission run has already read, so it is not asked for twice. */
export interface KnownFacts {
  files: Pick<ChangedFile, 'path' | 'previous_path'>[] | null;
  filesProblem: string | null;
  reviews: Pick<ReviewFacts, 'login' | 'user_type' | 'state' | 'commit_id'>[];
}

/** The policy diff of the PR, or null when it changes neither the manifest nor the pack. */
export async function reviewPolicyChange(
  gh: GitHubClient,
  event: PullRequestEvent,
  inputs: ActionInputs,
  known?: KnownFacts,
): Promise<PolicyDiffEvidence | null> {
  const where = { owner: event.owner, repo: event.repo };
  const out: PolicyDiffEvidence = {
    base_pack_sha256: null,
    head_pack_sha256: null,
    widened: [],
    narrowed: [],
    problem: null,
    owners_pool: inputs.policyOwners,
    approved_by: [],
  };
  let files: KnownFacts['files'] = null;
  if (known) {
    files = known.filesProblem === null ? known.files : null;
    if (files === null) out.problem = `the pull request's file list is incomplete (${known.filesProblem ?? 'not read'})`;
  } else {
    try {
      const listed = await gh.paginate(gh.rest.pulls.listFiles, { ...where, pull_number: event.pr.number, per_page: PER_PAGE });
      files = listed.map((f) => ({ path: f.filename, previous_path: f.previous_filename ?? null }));
    } catch (err) {
      out.problem = `cannot list the pull request's files (${describeApiError(err)})`;
    }
  }
  // Without a manifest-path input, the manifest is the one the base pack records (read below); the
  // default path stands for it here, and a change to a manifest elsewhere shows as drift in check mode.
  const policyFiles = new Set([inputs.manifestPath ?? DEFAULT_MANIFEST_PATH, inputs.packPath]);
  // An unknown file list may hide a policy change: fail closed, as a change that could not be compared.
  const touched =
    files === null || files.some((f) => policyFiles.has(f.path) || (f.previous_path !== null && policyFiles.has(f.previous_path)));
  if (!touched) return null;

  if (out.problem === null) {
    const basePack = await readFile(gh, where, event.pr.base_sha, inputs.packPath);
    const manifestPath = inputs.manifestPath ?? recordedManifestPath(basePack.text) ?? DEFAULT_MANIFEST_PATH;
    const headManifest = await readFile(gh, where, event.pr.head_sha, manifestPath);
    if (basePack.problem !== null || headManifest.problem !== null)
      out.problem = [basePack.problem, headManifest.problem].filter(Boolean).join('; ');
    else {
      try {
        const oldPolicy = loadPolicySource(basePack.text!, `${inputs.packPath} (base)`).policy;
        const newPolicy = loadPolicySource(headManifest.text!, manifestPath).policy;
        out.base_pack_sha256 = oldPolicy.packSha256;
        out.head_pack_sha256 = newPolicy.packSha256;
        const d = diffPolicies(oldPolicy, newPolicy);
        out.widened = d.widened;
        out.narrowed = d.narrowed;
      } catch (err) {
        if (!(err instanceof PolicySourceError)) throw err;
        out.problem = err.message.split('\n')[0]!.replace(/:$/, '');
      }
    }
  }

  if (inputs.policyOwners !== null && (out.problem !== null || out.widened.length > 0)) {
    const reviews: KnownFacts['reviews'] =
      known?.reviews ??
      (await gh.paginate(gh.rest.pulls.listReviews, { ...where, pull_number: event.pr.number, per_page: PER_PAGE })).map((r) => ({
        login: r.user?.login ?? '',
        user_type: r.user?.type ?? 'User',
        state: r.state,
        commit_id: r.commit_id ?? null,
      }));
    const author = event.pr.author.login.toLowerCase();
    const candidates = reviews
      .filter(
        (r) =>
          r.state === 'APPROVED' &&
          r.commit_id === event.pr.head_sha &&
          r.user_type === 'User' &&
          r.login !== '' &&
          r.login.toLowerCase() !== author,
      )
      .map((r) => r.login);
    if (candidates.length > 0) {
      const pool = inputs.policyOwners;
      const resolved = await resolvePoolMembership(gh, { [pool]: inputs.reviewerPools[pool] ?? [] }, candidates);
      out.approved_by = Object.entries(resolved.membership[pool] ?? {})
        .filter(([, m]) => m === 'member')
        .map(([login]) => login)
        .sort();
    }
  }
  return out;
}

async function readFile(
  gh: GitHubClient,
  where: { owner: string; repo: string },
  ref: string,
  path: string,
): Promise<{ text: string | null; problem: string | null }> {
  const at = `${path} at ${ref.slice(0, 7)}`;
  try {
    const { data } = await gh.rest.repos.getContent({ ...where, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return { text: null, problem: `${at} is not a file` };
    if ('encoding' in data && data.encoding === 'base64')
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), problem: null };
    const blob = await gh.rest.git.getBlob({ ...where, file_sha: data.sha });
    return { text: Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'), problem: null };
  } catch (err) {
    return {
      text: null,
      problem: (err as { status?: number }).status === 404 ? `there is no ${at}` : `cannot read ${at} (${describeApiError(err)})`,
    };
  }
}
