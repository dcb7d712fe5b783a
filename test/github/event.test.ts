import { describe, expect, it } from 'vitest';
import { EventError, parsePullRequestEvent } from '../../src/github/event.js';
import { webhookPayload } from '../support/github-factories.js';

interface PayloadPull {
  number: number;
  title: string;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  head: { ref: string; sha?: string };
  base: { ref: string; sha: string };
  labels: { name: string }[];
  changed_files: number;
}

describe('parsePullRequestEvent', () => {
  it('reads a real pull_request payload into the facts the core needs', () => {
    const payload = webhookPayload('pull_request', 'opened');
    const pull = payload.pull_request as unknown as PayloadPull;
    const e = parsePullRequestEvent('pull_request', payload);
    expect(e).toMatchObject({ name: 'pull_request', action: 'opened', owner: 'Codertocat', repo: 'Hello-World', state: 'open' });
    expect(e.pr).toEqual({
      number: pull.number,
      title: pull.title,
      body: pull.body,
      url: pull.html_url,
      author: { login: pull.user.login, type: pull.user.type },
      head_ref: pull.head.ref,
      head_sha: pull.head.sha,
      base_ref: pull.base.ref,
      base_sha: pull.base.sha,
      labels: pull.labels.map((l) => l.name),
      changed_files: pull.changed_files,
    });
  });

  it('leaves changed_files unknown for a pull_request_review payload, which does not carry it', () => {
    const e = parsePullRequestEvent('pull_request_review', webhookPayload('pull_request_review', 'submitted'));
    expect(e.pr.changed_files).toBeNull();
    expect(e.action).toBe('submitted');
  });

  it('refuses events without a pull request, naming the events to use', () => {
    expect(() => parsePullRequestEvent('push', webhookPayload('push'))).toThrow(/pull_request, pull_request_target, pull_request_review/);
    expect(() => parsePullRequestEvent(undefined, {})).toThrow(EventError);
  });

  it('refuses a payload whose pull request lacks what the check needs', () => {
    const payload = webhookPayload('pull_request', 'opened');
    delete (payload.pull_request as unknown as PayloadPull).head.sha;
    expect(() => parsePullRequestEvent('pull_request_target', payload)).toThrow(/head\.sha is missing/);
    const bad = webhookPayload('pull_request', 'opened');
    (bad.pull_request as unknown as PayloadPull).base.sha = 'main';
    expect(() => parsePullRequestEvent('pull_request', bad)).toThrow(/40-hex/);
  });
});
