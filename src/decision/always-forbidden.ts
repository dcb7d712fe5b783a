/**
 * The paths no agent write may touch, whatever the manifest says, because changing them changes the
 * check itself (spec "Paths"): the policy's own files, the CI and Actions that run the checks, the
 * code-owner files that pick reviewers, and the git files that change what a diff shows. The one
 * definition: the evaluator applies it to every branch write, and admission asks it about every file.
 *
 * Matching ignores case as case-insensitive file systems do (with full case folding and the "i"
 * look-alikes, see fold.ts), drops empty and "." segments, and ignores trailing dots and spaces of
 * a segment and invisible characters, which Windows and macOS drop from file names.
 */
import { DEFAULT_PACK_PATH } from '../pack/index.js';
import { hasNonAscii, lookalikeFold } from './fold.js';
import { INVISIBLE_CHARS } from './text.js';

/** The fixed globs, as documented; the manifest and pack files come on top of them. */
export const ALWAYS_FORBIDDEN_GLOBS: readonly string[] = Object.freeze([
  '.github/workflows/**',
  '.github/actions/**',
  '**/action.yml',
  '**/action.yaml',
  'CODEOWNERS',
  '.github/CODEOWNERS',
  'docs/CODEOWNERS',
  '**/.gitattributes',
  '**/.gitmodules',
]);

export interface AlwaysForbiddenVerdict {
  /** The glob, or "the manifest (path)" / "the pack (path)". */
  rule: string;
  /** Why the rule exists, in a few words. */
  reason: string;
}

/**
 * Decides one path (as the request or the diff gives it); null when only the pack decides it.
 * `key`, when given, is the path's pathKey (for a plain ASCII path, its lowercase).
 */
export type AlwaysForbiddenRule = (path: string, key?: string) => AlwaysForbiddenVerdict | null;

const WORKFLOWS: AlwaysForbiddenVerdict = Object.freeze({ rule: '.github/workflows/**', reason: 'CI workflows run the checks' });
const ACTIONS: AlwaysForbiddenVerdict = Object.freeze({ rule: '.github/actions/**', reason: 'Actions run in CI' });
const ACTION_YML: AlwaysForbiddenVerdict = Object.freeze({ rule: '**/action.yml', reason: 'Actions run in CI' });
const ACTION_YAML: AlwaysForbiddenVerdict = Object.freeze({ rule: '**/action.yaml', reason: 'Actions run in CI' });
const OWNERS_REASON = 'code owners pick the reviewers';
const CODEOWNERS: ReadonlyMap<string, AlwaysForbiddenVerdict> = new Map(
  ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS'].map((rule) => [
    rule.toLowerCase(),
    Object.freeze({ rule, reason: OWNERS_REASON }),
  ]),
);
const GITATTRIBUTES: AlwaysForbiddenVerdict = Object.freeze({
  rule: '**/.gitattributes',
  reason: 'attributes change how git diffs and merges',
});
const GITMODULES: AlwaysForbiddenVerdict = Object.freeze({ rule: '**/.gitmodules', reason: 'submodules point outside the repository' });

/** Paths that need more than lowercasing to compare: non-ASCII, trailing dot or space in a segment, empty segments. */
const NEEDS_KEY = /[\u0080-\uffff]|[. ](?:\/|$)|(?:^|\/)(?:\/|$)/;

/** Is pathKey(path) simply its lowercase? */
export function keyIsLowercase(path: string): boolean {
  return !NEEDS_KEY.test(path);
}
const TRAILING_DOTS_SPACES = /[. ]+$/;
const INVISIBLE_ALL = new RegExp(INVISIBLE_CHARS.source, 'gu');

/** The spelling all names of the same file on a case-insensitive, Windows or macOS file system share. */
export function pathKey(path: string): string {
  if (!NEEDS_KEY.test(path)) return path.toLowerCase();
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    const k = lookalikeFold(seg).replace(INVISIBLE_ALL, '').replace(TRAILING_DOTS_SPACES, '');
    out.push(k === '' ? seg : k);
  }
  return out.join('/');
}

/**
 * The rule for this pack: the fixed globs, the pack's manifest (`manifestPaths`, from the pack's
 * source_manifest.path and any the caller adds) and the pack files (`packPaths`; the default pack
 * path always counts).
 */
export function alwaysForbiddenRule(
  manifestPaths: readonly (string | null | undefined)[],
  packPaths: readonly (string | null | undefined)[],
): AlwaysForbiddenRule {
  const exact = new Map<string, AlwaysForbiddenVerdict>();
  const add = (p: string | null | undefined, what: string): void => {
    if (typeof p !== 'string') return;
    const key = pathKey(p.replace(/\\/g, '/'));
    if (key === '' || exact.has(key)) return;
    exact.set(key, Object.freeze({ rule: `the ${what} (${p})`, reason: 'the policy itself' }));
  };
  for (const p of manifestPaths) add(p, 'manifest');
  for (const p of [...packPaths, DEFAULT_PACK_PATH]) add(p, 'pack');
  return (path, given) => {
    const key = given ?? pathKey(path);
    const file = exact.get(key);
    if (file !== undefined) return file;
    if (key.startsWith('.github/')) {
      if (key.startsWith('workflows', 8) && (key.length === 17 || key.charCodeAt(17) === 0x2f)) return WORKFLOWS;
      if (key.startsWith('actions', 8) && (key.length === 15 || key.charCodeAt(15) === 0x2f)) return ACTIONS;
    }
    const owners = CODEOWNERS.get(key);
    if (owners !== undefined) return owners;
    // The four file names end in "l" or "s"; most paths end otherwise and need no name test.
    const last = key.charCodeAt(key.length - 1);
    if (last === 0x6c) {
      if (isName(key, 'action.yml')) return ACTION_YML;
      if (isName(key, 'action.yaml')) return ACTION_YAML;
    } else if (last === 0x73) {
      if (isName(key, '.gitattributes')) return GITATTRIBUTES;
      if (isName(key, '.gitmodules')) return GITMODULES;
    }
    return null;
  };
}

/** Is the last segment of `key` exactly `name`? */
function isName(key: string, name: string): boolean {
  return key.endsWith(name) && (key.length === name.length || key.charCodeAt(key.length - name.length - 1) === 0x2f);
}

/**
 * True when a segment of the path names git's own directory: ".git" in any case, and the other
 * names Windows and macOS give it (".git" with trailing dots or spaces, ".git:stream", "git~1"),
 * as git itself refuses them.
 */
export function hasDotGitComponent(path: string): boolean {
  let start = 0;
  for (;;) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    if (end - start >= 4 && maybeDotGit(path, start, end) && isDotGit(path.slice(start, end))) return true;
    if (end === path.length) return false;
    start = end + 1;
  }
}

/** A cheap first test: false only for segments that cannot be a name of ".git". */
export function maybeDotGit(path: string, start: number, end: number): boolean {
  const c0 = path.charCodeAt(start);
  if (c0 > 0x7f) return true;
  if (c0 !== 0x2e) return (c0 | 0x20) === 0x67 && end - start === 5;
  const a = path.charCodeAt(start + 1);
  const b = path.charCodeAt(start + 2);
  const c = path.charCodeAt(start + 3);
  if (a > 0x7f || b > 0x7f || c > 0x7f) return true;
  if ((a | 0x20) !== 0x67 || (b | 0x20) !== 0x69 || (c | 0x20) !== 0x74) return false;
  if (end - start === 4) return true;
  const d = path.charCodeAt(start + 4);
  return d === 0x2e || d === 0x20 || d === 0x3a;
}

function isDotGit(segment: string): boolean {
  let k = hasNonAscii(segment) ? lookalikeFold(segment).replace(INVISIBLE_ALL, '') : segment.toLowerCase();
  const last = k.charCodeAt(k.length - 1);
  if (last === 0x2e || last === 0x20) k = k.replace(TRAILING_DOTS_SPACES, '');
  return k === '.git' || k === 'git~1' || k.startsWith('.git:');
}
