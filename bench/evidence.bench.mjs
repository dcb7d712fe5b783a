// Evidence rendering cost for a large PR: seal (hash) a record with N changed paths, render the PR
// comment within GitHub's limit, parse the JSON back. Prints CPU time per step and the comment size.
import { finalizeEvidence, parseEvidenceFromComment, renderEvidenceMarkdown, verifyEvidence } from '../dist/lib.js';

function record(n) {
  const paths = Array.from({ length: n }, (_, i) => ({
    status: 'added',
    path: `vendor/generated/module_${i}/src/index_${i}.generated.ts`,
    previous_path: null,
    rule: null,
    verdict: i % 2 ? 'not_allowed' : 'allowed',
    executable_changed: false,
    binary: false,
  }));
  const violations = paths.filter((p) => p.verdict !== 'allowed').map((p) => `path \`${p.path}\` is outside the allowed paths`);
  return {
    schema: 'mcp-gateway-policy/evidence@1',
    decision: 'deny',
    summary: `${violations.length} paths are outside the write scope.`,
    workflow_id: 'wf',
    agent_class: 'codex',
    agent_login: 'chatgpt-codex-connector[bot]',
    run_id: 'pr-1-x',
    repository: 'acme/payments',
    pull_request: {
      number: 1,
      title: 'Big change',
      url: null,
      author: 'chatgpt-codex-connector[bot]',
      head_ref: 'agent/wf/x',
      base_ref: 'main',
      labels: [],
    },
    head_sha: 'a'.repeat(40),
    base_sha: 'b'.repeat(40),
    event_name: 'pull_request_target',
    github_run_id: '1',
    github_run_attempt: '1',
    policy_id: 'p',
    pack_path: 'pack.json',
    manifest_path: 'manifest.json',
    pack_sha256: 'c'.repeat(64),
    manifest_sha256: 'd'.repeat(64),
    evaluated_at: new Date(0).toISOString(),
    gates: [{ gate: 'write', decision: 'deny', request: { paths: paths.map((p) => p.path) }, evaluation: null, violations }],
    limits: { files: { used: n, max: 8 }, diff_lines: { used: n * 10, max: 250 }, open_prs: null },
    paths,
    approvals: [],
    violations,
    next_steps: ['Remove the generated files.'],
    notes: [],
  };
}

function cpu(fn) {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

for (const n of [100, 3000, 10000]) {
  const raw = record(n);
  const sealed = cpu(() => finalizeEvidence(raw));
  const md = cpu(() => renderEvidenceMarkdown(sealed.value));
  const parsed = cpu(() => parseEvidenceFromComment(md.value));
  const verified = cpu(() => verifyEvidence(sealed.value));
  console.log(
    `${String(n).padStart(5)} paths: seal ${sealed.ms.toFixed(1)} ms, render ${md.ms.toFixed(1)} ms (${md.value.length} chars, JSON ${parsed.value.completeness}), parse ${parsed.ms.toFixed(1)} ms, verify ${verified.ms.toFixed(1)} ms (${verified.value})`,
  );
}
