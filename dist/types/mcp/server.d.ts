import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Decision } from '../decision/types.js';
import type { DecisionLog } from './decision-log.js';
import type { PackSource } from './pack-source.js';
export declare const POLICY_TOOL = "recipes_mcp_gateway_policy";
export declare const EVALUATE_TOOL = "recipes_evaluate_mcp_gateway_decision";
export declare const POLICY_TOOL_ALIAS = "policy_get";
export declare const EVALUATE_TOOL_ALIAS = "policy_evaluate";
export declare const PACK_RESOURCE_URI = "policy://pack";
/** Larger arguments are refused before they reach the evaluator (a request is a few dozen values). */
export declare const MAX_TOOL_INPUT_ELEMENTS = 10000;
export interface PolicyServerOptions {
    source: PackSource;
    /** When given, every decision is appended (and flushed) before its result is returned. */
    log?: DecisionLog;
    /** Diagnostics, never to stdout. */
    report: (message: string) => void;
}
export declare function summariseDecision(d: Decision): string;
/** Builds the server with its tools and the pack resource; the caller connects a transport. */
export declare function createPolicyServer({ source, log, report }: PolicyServerOptions): McpServer;
