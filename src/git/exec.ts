import { execFile, spawn } from 'node:child_process';
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
    const [found, scratch] = await Promise.allSettled([
      runGit(['rev-parse', '--absolute-git-dir'], { cwd: repoDir, env: baseEnv() }),
      mkdtemp(path.join(tmpdir(), 'mcp-gateway-policy-git-')),
    ]);
    if (found.status === 'rejected' || scratch.status === 'rejected') {
      if (scratch.status === 'fulfilled') await rm(scratch.value, { recursive: true, force: true });
      throw found.status === 'rejected' ? found.reason : (scratch as PromiseRejectedResult).reason;
    }
    return new GitReader(found.value.stdout.toString('utf8').trim(), scratch.value);
  }

  /**
   * Runs `git <args>` in `repoDir` before (or while) a reader opens on it, for reads that see
   * neither the work tree nor the index nor attributes (ref listings): it saves waiting for `open`.
   */
  static runInRepository(repoDir: string, args: string[]): Promise<Buffer> {
    return runGit(args, { cwd: repoDir, env: baseEnv() }).then((r) => r.stdout);
  }

  async close(): Promise<void> {
    await Promise.all([...this.batches].map((b) => b.close()));
    await rm(this.scratch, { recursive: true, force: true });
  }

  private readonly batches = new Set<ObjectBatch>();

  /**
   * One `git cat-file --batch` process for many object reads (by name, such as `<commit>:<path>`
   * or `<object>^{commit}`): a process per read is most of a small run's time. Closed with the reader.
   */
  objects(): ObjectBatch {
    const child = spawn('git', ['--no-pager', '--no-replace-objects', ...SAFE_CONFIG, 'cat-file', '--batch'], {
      ...this.spawnOptions(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const batch = new ObjectBatch(child);
    this.batches.add(batch);
    return batch;
  }

  private spawnOptions(): { cwd: string; env: NodeJS.ProcessEnv } {
    return {
      cwd: this.scratch,
      env: {
        ...baseEnv(),
        GIT_DIR: this.gitDir,
        GIT_WORK_TREE: this.scratch,
        GIT_INDEX_FILE: path.join(this.scratch, 'index'),
      },
    };
  }

  /** Runs `git <args>` and returns stdout as bytes. */
  async run(args: string[]): Promise<Buffer> {
    return (await this.runWithStderr(args)).stdout;
  }

  /** Runs `git <args>`; stdout as bytes and stderr (warnings) as text. */
  runWithStderr(args: string[]): Promise<{ stdout: Buffer; stderr: string }> {
    return runGit(args, this.spawnOptions());
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8');
  }
}

/** An object as `git cat-file --batch` gives it. */
export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

interface PendingRead {
  name: string;
  resolve(object: GitObject | null): void;
  reject(err: Error): void;
}

/**
 * Reads objects through one `git cat-file --batch` process. Requests are answered in the order
 * they are written, so several can be in flight. A name git cannot resolve (or that is not there)
 * reads as null; if the process fails, every read still waiting fails with a GitError.
 */
export class ObjectBatch {
  private readonly pending: PendingRead[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes the reply at the head of the queue needs before it can be parsed. */
  private need = 1;
  private closed = false;
  private stderr = '';
  private failure: GitError | null = null;
  private readonly exited: Promise<void>;

  constructor(private readonly child: ReturnType<typeof spawn>) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      if (this.buffered >= this.need) this.drain();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // A write after git has gone (EPIPE) is reported by the exit below.
    child.stdin!.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      const end = (message: string) => {
        this.fail(message);
        resolve();
      };
      child.on('error', (err) => end(err.message));
      child.on('close', (code, signal) => end(code === 0 ? 'exited early' : `exit ${code ?? signal}`));
    });
  }

  /** The object `name` names, or null when git has none by that name. */
  read(name: string): Promise<GitObject | null> {
    // One name per line: a line break would end the name early, or start another request.
    if (/[\n\r]/.test(name))
      return Promise.reject(new GitError(`git cat-file: the object name ${JSON.stringify(name)} has a line break`, ''));
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new GitError('git cat-file: read after close', ''));
    return new Promise((resolve, reject) => {
      this.pending.push({ name, resolve, reject });
      this.child.stdin!.write(`${name}\n`);
    });
  }

  /** Ends the process (after the reads in flight) and waits for it. */
  async close(): Promise<void> {
    this.closed = true;
    this.child.stdin!.end();
    await this.exited;
  }

  private drain(): void {
    while (this.pending.length > 0) {
      const data = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
      this.chunks = [data];
      const eol = data.indexOf(10);
      if (eol === -1) {
        this.need = data.length + 1;
        return;
      }
      const header = data.subarray(0, eol).toString('utf8');
      const request = this.pending[0]!;
      if (header === `${request.name} missing` || header === `${request.name} ambiguous`) {
        this.consume(data, eol + 1);
        this.pending.shift()!.resolve(null);
        continue;
      }
      const m = /^([0-9a-f]{40}|[0-9a-f]{64}) ([a-z]+) (\d+)$/.exec(header);
      if (m === null) {
        this.fail(`unexpected reply "${header.slice(0, 200)}" to "${request.name}"`);
        this.child.kill();
        return;
      }
      const size = Number(m[3]);
      const end = eol + 1 + size;
      // The content and the newline git puts after it.
      if (data.length < end + 1) {
        this.need = end + 1;
        return;
      }
      if (data[end] !== 10) {
        this.fail(`reply to "${request.name}" does not end where its size says`);
        this.child.kill();
        return;
      }
      const content = Buffer.from(data.subarray(eol + 1, end));
      this.consume(data, end + 1);
      this.pending.shift()!.resolve({ oid: m[1]!, type: m[2]!, content });
    }
  }

  private consume(data: Buffer, n: number): void {
    const rest = data.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    this.need = 1;
  }

  private fail(why: string): void {
    if (this.failure === null) {
      const message = this.stderr.trim().split('\n').filter(Boolean).pop() ?? why;
      this.failure = new GitError(`git cat-file failed: ${message}`, this.stderr);
    }
    for (const p of this.pending.splice(0)) p.reject(this.failure);
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
