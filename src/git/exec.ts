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

const SAFE_CONFIG = [
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.attributesFile=/dev/null',
  '-c', 'core.pager=cat',
  '-c', 'diff.external=',
];

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'GIT_ASKPASS', 'SSH_ASKPASS']) {
    delete env[key];
  }
  return {
    ...env,
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}

function runGit(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['--no-pager', ...SAFE_CONFIG, ...args],
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
