#!/usr/bin/env node
/**
 * Screenshots of the evidence comment for each decision, as a reviewer sees it on a pull request:
 * the Markdown from renderEvidenceMarkdown (realistic records from test/evidence/fixtures.ts),
 * rendered by marked (GFM) inside GitHub's Markdown CSS, shot by headless Chromium.
 *
 *   apt-get install -y chromium fonts-noto-color-emoji   # once (Debian)
 *   node scripts/screenshots.mjs [--out docs/images] [--chromium /usr/bin/chromium]
 *
 * Not part of `npm test`: a fresh CI machine has no Chromium. The Markdown itself is covered by
 * the snapshot tests in test/evidence/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(root, 'docs/images') },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});

const SHOTS = [
  ['allow', 'evidence-allow.png'],
  ['allow_scoped_branch', 'evidence-allow-scoped-branch.png'],
  ['hold_for_approval', 'evidence-hold.png'],
  ['deny', 'evidence-deny.png'],
  ['kill_session', 'evidence-kill.png'],
];

/** Bundles the TypeScript renderer and fixtures into one temporary ESM module and imports it. */
async function loadRenderer(workDir) {
  const outfile = path.join(workDir, 'render.mjs');
  await build({
    stdin: {
      contents: `export { renderEvidenceMarkdown } from './src/evidence/markdown.ts';\nexport { fixture } from './test/evidence/fixtures.ts';\n`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

function page(bodyHtml, css) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
  body { margin: 0; background: #fff; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  .timeline { padding: 16px 24px; width: 860px; }
  .comment { border: 1px solid #d1d9e0; border-radius: 6px; }
  .comment-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; padding: 8px 16px; font-size: 14px; color: #59636e; display: flex; align-items: center; gap: 8px; }
  .avatar { width: 20px; height: 20px; border-radius: 50%; background: #2da44e; display: inline-block; }
  .comment-header b { color: #1f2328; }
  .label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
  .markdown-body { padding: 16px; font-size: 14px; }
  </style></head><body><div class="timeline"><div class="comment">
  <div class="comment-header"><span class="avatar"></span><b>github-actions</b><span class="label">bot</span> commented</div>
  <div class="markdown-body">${bodyHtml}</div></div></div></body></html>`;
}

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'mgp-shots-'));
const profile = path.join(work, 'profile');
mkdirSync(values.out, { recursive: true });
const { renderEvidenceMarkdown, fixture } = await loadRenderer(work);
// A fresh profile per run (Playwright passes it as --user-data-dir).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: values.chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 908, height: 600 },
  deviceScaleFactor: 1,
  javaScriptEnabled: false,
});
try {
  // Nothing leaves the machine: the page is self-contained.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  for (const [decision, file] of SHOTS) {
    const html = page(marked.parse(renderEvidenceMarkdown(fixture(decision)), { gfm: true, async: false }), css);
    const htmlPath = path.join(work, `${decision}.html`);
    writeFileSync(htmlPath, html);
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(htmlPath).href);
    const target = path.join(values.out, file);
    await tab.locator('.timeline').screenshot({ path: target });
    await tab.close();
    console.log(`${decision}: ${path.relative(root, target)}`);
  }
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
