/**
 * The webhook event that started the run, read into the facts the admission check needs.
 * Pure: takes the event name and the parsed payload. Only pull request events carry a pull
 * request to admit; anything else is an error that names the events to use, so a misconfigured
 * required check fails instead of passing.
 */
import type { PullRequestFacts } from '../admission/types.js';
export declare const SUPPORTED_EVENTS: readonly ["pull_request", "pull_request_target", "pull_request_review"];
export type SupportedEvent = (typeof SUPPORTED_EVENTS)[number];
/** The activity types the docs tell users to subscribe to (other actions of these events are evaluated too). */
export declare const DOCUMENTED_ACTIONS: Record<SupportedEvent, readonly string[]>;
export declare class EventError extends Error {
    name: string;
}
export interface PullRequestEvent {
    name: SupportedEvent;
    action: string | null;
    owner: string;
    repo: string;
    pr: PullRequestFacts;
    /** The PR's state in the payload ('open', 'closed'). */
    state: string | null;
}
export declare function parsePullRequestEvent(eventName: string | undefined, payload: unknown, repository?: string): PullRequestEvent;
