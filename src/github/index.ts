/**
 * The GitHub adapter: event payloads, PR comments, statuses, approval records and the admission
 * input. The Octokit client (./octokit.js) is imported directly, so that this barrel stays light.
 */
export { fetchAdmissionInput, type OpenPull } from './admission-input.js';
export { resolveCommentLogin, type CommentLike } from './comment.js';
export { DOCUMENTED_ACTIONS, EventError, parsePullRequestEvent, type PullRequestEvent } from './event.js';
export { openLocalHistory } from './local-history.js';
export { apiOutage, outageNextStep } from './outage.js';
export { resolvePoolMembership } from './pools.js';
export { publishEvidence } from './publish.js';
