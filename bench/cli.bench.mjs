// The CLI as a user runs it (`node dist/cli.js`), timed end to end including process start:
// - batch: 40,000 requests cycled from the shared decision corpus through `evaluate --requests`,
//   full decisions out; prints decisions/s and output MB/s (targets: ≥ 165,000/s, aim 330,000/s),
//   decided in the main thread and by two worker threads (`--jobs 2`), run alternately;
// - cold start: one `evaluate --request FILE`, median of several runs.
// Prints figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const reference = path.resolve(root, '../shared/reference');
const corpusFile = path.join(reference, 'decision-corpus.jsonl');
const packFile = path.join(reference, 'seed-pack.json');
const N = 40_000;
const RUNS = 5;
const NOW = '2026-11-29T12:00:00Z';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** Runs the CLI with stdout counted (not kept), as a pipe to the next program would take it. */
function run(args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (c) => {
      bytes += c.length;
      for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ millis: performance.now() - t0, bytes, lines, status, stderr }));
  });
}

if (!existsSync(corpusFile) || !existsSync(packFile)) {
  console.log(`batch and cold start: skipped, the shared reference is absent (${reference})`);
} else {
  const requests = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.stringify(JSON.parse(l).request));
  const dir = mkdtempSync(path.join(tmpdir(), 'mgp-cli-bench-'));
  try {
    const batchFile = path.join(dir, 'requests.jsonl');
    writeFileSync(batchFile, Array.from({ length: N }, (_, i) => requests[i % requests.length]).join('\n') + '\n');
    const singleFile = path.join(dir, 'request.json');
    writeFileSync(singleFile, requests[0]);

    await run(['evaluate', '--policy', packFile, '--requests', batchFile, '--now', NOW]); // warm the file cache
    const batch = { 1: [], 2: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const jobs of [1, 2]) {
        const r = await run(['evaluate', '--policy', packFile, '--requests', batchFile, '--now', NOW, '--jobs', String(jobs)]);
        if (r.status !== 0 || r.lines !== N) throw new Error(`batch run failed: status ${r.status}, ${r.lines} lines: ${r.stderr}`);
        batch[jobs].push(r);
      }
    }
    const ms = median(batch[1].map((r) => r.millis));
    const ms2 = median(batch[2].map((r) => r.millis));
    const bytes = batch[1][0].bytes;

    const cold = [];
    for (let i = 0; i < RUNS * 2 + 1; i++) {
      const r = spawnSync(process.execPath, [cli, 'evaluate', '--policy', packFile, '--request', singleFile, '--now', NOW], {
        encoding: 'utf8',
      });
      if (r.status !== 0 && r.status !== 1) throw new Error(`evaluate --request failed: ${r.stderr}`);
      const t0 = performance.now();
      spawnSync(process.execPath, [cli, 'evaluate', '--policy', packFile, '--request', singleFile, '--now', NOW]);
      cold.push(performance.now() - t0);
    }
    const bare = [];
    for (let i = 0; i < RUNS * 2 + 1; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(performance.now() - t0);
    }

    console.log(`CLI end to end (node dist/cli.js, process start included), seed pack, ${fmt(N)} requests cycled from the shared corpus`);
    console.log('| case | time | figure | target |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(
      `| evaluate --requests (median of ${RUNS}) | ${ms.toFixed(0)} ms | ${fmt((N / ms) * 1000)} decisions/s | ≥ 165,000 (aim 330,000) |`,
    );
    console.log(
      `| evaluate --requests --jobs 2 (median of ${RUNS}) | ${ms2.toFixed(0)} ms | ${fmt((N / ms2) * 1000)} decisions/s | ≥ 165,000 (aim 330,000) |`,
    );
    console.log(`| batch output | ${(bytes / N).toFixed(0)} B/decision | ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s | |`);
    console.log(`| cold evaluate --request (median of ${cold.length}) | ${median(cold).toFixed(1)} ms | | |`);
    console.log(`| node -e 0 (process start alone) | ${median(bare).toFixed(1)} ms | | |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
