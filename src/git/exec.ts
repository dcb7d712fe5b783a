import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A git command failed; `stderr` is git's own message (never contains file contents we read). */
export class GitError extends Error {
  override name = 'GitError';
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/**
 * Runs read-only git plumbing against one repository without executing anything the repository
 * (or a pull request in it) could have put there:
 * - execFile, never a shell, so refs and paths are plain arguments;
 * - hooks off, fsmonitor off, no pager, no prompts, no lazy fetch of missing objects;
 * - no system or user config, no replace refs, no grafts, no commit-graph, and every setting that
 *   changes a read (diff algorithm, rename limit, big-file threshold, submodule ignoring…) pinned
 *   on the command line, where the repository's own config cannot override it;
 * - commands run with an empty work tree and an empty index as their view of the repository, so
 *   the checked-out `.gitattributes` (which the PR may have written) cannot mark files binary to
 *   hide their line counts, or pick diff drivers; `--no-ext-diff`/`--no-textconv` are passed where
 *   a command takes them, and blobs are read with `cat-file` (no filters, no textconv).
 * Call `close()` when done to remove the empty work tree.
 */
export class GitReader {
  private constructor(
    readonly gitDir: string,
    private readonly scratch: string,
  ) {}

  /** Opens the repository that contains `repoDir` (its work tree or a bare repository). */
  static async open(repoDir: string): Promise<GitReader> {
    const gitDir = (await runGit(['rev-parse', '--absolute-git-dir'], { cwd: repoDir, env: baseEnv() })).stdout.toString('utf8').trim();
    const scratch = await mkdtemp(path.join(tmpdir(), 'mcp-gateway-policy-git-'));
    return new GitReader(gitDir, scratch);
  }

  async close(): Promise<void> {
    await rm(this.scratch, { recursive: true, force: true });
  }

  /** Runs `git <args>` and returns stdout as bytes. */
  async run(args: string[]): Promise<Buffer> {
    return (await this.runWithStderr(args)).stdout;
  }

  /** Runs `git <args>`; stdout as bytes and stderr (warnings) as text. */
  runWithStderr(args: string[]): Promise<{ stdout: Buffer; stderr: string }> {
    return runGit(args, {
      cwd: this.scratch,
      env: {
        ...baseEnv(),
        GIT_DIR: this.gitDir,
        GIT_WORK_TREE: this.scratch,
        GIT_INDEX_FILE: path.join(this.scratch, 'index'),
      },
    });
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8');
  }
}

/**
 * Settings that change what a read returns, pinned on the command line, which outranks every
 * config file (the repository's own `.git/config` and anything it `include`s cannot be switched
 * off by environment, only overridden like this).
 */
const SAFE_CONFIG = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.attributesFile=/dev/null',
  '-c',
  'core.pager=cat',
  '-c',
  'diff.external=',
  // Replace refs and grafts swap commits and trees for others.
  '-c',
  'core.useReplaceRefs=false',
  // A commit-graph file is trusted for parents, so a forged one moves the merge base.
  '-c',
  'core.commitGraph=false',
  // Files above it are "binary" to diff, with no line counts.
  '-c',
  'core.bigFileThreshold=512m',
  // Line counts depend on the diff algorithm; rename detection on the limit.
  '-c',
  'diff.algorithm=myers',
  '-c',
  'diff.renameLimit=1000',
  '-c',
  'diff.renames=true',
  '-c',
  'diff.ignoreSubmodules=none',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'diff.relative=false',
  '-c',
  'color.ui=never',
  '-c',
  'core.quotePath=true',
  '-c',
  'core.ignoreCase=false',
  '-c',
  'core.precomposeUnicode=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
  '-c',
  'log.mailmap=false',
  '-c',
  'mailmap.file=/dev/null',
  '-c',
  'mailmap.blob=',
];

/** Environment that could inject config or point git at other objects, refs or files. */
const DROPPED_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_REPLACE_REF_BASE',
  'GIT_SHALLOW_FILE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_EXTERNAL_DIFF',
  'GIT_DIFF_OPTS',
  'GIT_PAGER',
  'PAGER',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_ATTR_SOURCE',
  'GIT_ICASE_PATHSPECS',
  'GIT_LITERAL_PATHSPECS',
  'GIT_GLOB_PATHSPECS',
  'GIT_NOGLOB_PATHSPECS',
  'GIT_TRACE',
  'GIT_TRACE2',
  'GIT_TRACE2_EVENT',
  'GIT_TRACE2_PERF',
];

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of DROPPED_ENV) delete env[key];
  for (const key of Object.keys(env)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(key)) delete env[key];
  return {
    ...env,
    // No system or user config: only the repository's own, overridden above where it matters.
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_SYSTEM: '/dev/null',
    GIT_NO_REPLACE_OBJECTS: '1',
    // Git still reads $GIT_DIR/info/grafts (deprecated, not removed); this points it at nothing.
    GIT_GRAFT_FILE: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_ADVICE: '0',
    LC_ALL: 'C',
    LANGUAGE: '',
  };
}

function runGit(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['--no-pager', '--no-replace-objects', ...SAFE_CONFIG, ...args],
      { cwd: options.cwd, env: options.env, encoding: 'buffer', maxBuffer: 1 << 30, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          const message = stderr.toString('utf8').trim().split('\n').filter(Boolean).pop() ?? err.message;
          reject(new GitError(`git ${args[0]} failed: ${message}`, stderr.toString('utf8')));
        } else {
          resolve({ stdout, stderr: stderr.toString('utf8') });
        }
      },
    );
  });
}
