#!/usr/bin/env node
// Tags a release of the Action: an annotated vX.Y.Z tag on the commit (never moved afterwards) and
// the major tag vX moved to it, so `uses: …@vX` follows the latest X.*.* release. Run it on the
// commit that carries the version in package.json, its CHANGELOG.md section and its rebuilt dist/.
//
//   node scripts/release.mjs [--dry-run] [--push] [--remote NAME] [--commit REF] [VERSION]
//
// VERSION defaults to package.json's. --dry-run prints the git commands and changes nothing.
// --push also pushes both tags (the major tag with --force, since it moves).
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const USAGE = 'usage: node scripts/release.mjs [--dry-run] [--push] [--remote NAME] [--commit REF] [VERSION]';

function git(args, options = {}) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }).trim();
}

function tryGit(args) {
  try {
    return git(args);
  } catch {
    return null;
  }
}

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      'dry-run': { type: 'boolean' },
      push: { type: 'boolean' },
      remote: { type: 'string', default: 'origin' },
      commit: { type: 'string', default: 'HEAD' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
} catch (err) {
  process.stderr.write(`release: ${err.message}\n${USAGE}\n`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length > 1) {
  process.stderr.write(`release: at most one VERSION\n${USAGE}\n`);
  process.exit(2);
}

const top = tryGit(['rev-parse', '--show-toplevel']);
if (top === null) fail('not inside a git repository');
const commit = tryGit(['rev-parse', '--verify', `${values.commit}^{commit}`]);
if (commit === null) fail(`${values.commit} is not a commit`);

const packageText = tryGit(['show', `${commit}:package.json`]);
if (packageText === null) fail(`${commit} has no package.json`);
const packageVersion = JSON.parse(packageText).version;
const version = (positionals[0] ?? packageVersion).replace(/^v/, '');
const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
if (!m) fail(`VERSION must be X.Y.Z, got ${JSON.stringify(version)}`);
if (version !== packageVersion) fail(`package.json at ${commit.slice(0, 12)} says ${packageVersion}, not ${version}: bump it first`);

const changelog = tryGit(['show', `${commit}:CHANGELOG.md`]) ?? '';
const escaped = version.replace(/\./g, '\\.');
if (!new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`, 'm').test(changelog))
  fail(`CHANGELOG.md at ${commit.slice(0, 12)} has no "## ${version}" section`);
if (values.commit === 'HEAD' && git(['status', '--porcelain']) !== '') fail('the working tree has uncommitted changes');

const tag = `v${version}`;
const major = `v${m[1]}`;
const existing = tryGit(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
if (existing !== null) fail(`${tag} already exists (at ${existing.slice(0, 12)}); a release tag never moves: bump the version`);

const commands = [
  ['tag', '-a', tag, '-m', `Release ${tag}`, commit],
  ['tag', '-f', '-a', major, '-m', `${major}: latest is ${tag}`, commit],
];
if (values.push) {
  commands.push(['push', values.remote, `refs/tags/${tag}`]);
  commands.push(['push', '--force', values.remote, `refs/tags/${major}`]);
}

const previousMajor = tryGit(['rev-parse', '--verify', '--quiet', `refs/tags/${major}^{commit}`]);
process.stdout.write(
  `${values['dry-run'] ? 'would tag' : 'tagging'} ${commit.slice(0, 12)} as ${tag}; ${major} ${previousMajor === null ? 'is new' : `moves from ${previousMajor.slice(0, 12)}`}\n`,
);
for (const args of commands) {
  process.stdout.write(
    `${values['dry-run'] ? '  (dry run) ' : '  '}git ${args.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`,
  );
  if (!values['dry-run']) git(args, { stdio: ['ignore', 'pipe', 'inherit'] });
}
