import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/pack/defaults.ts
var DEFAULT_MANIFEST_PATH = "data/control-plane/workflow-manifests.json";
var DEFAULT_PACK_PATH = "data/policy/mcp-gateway-policy.json";
var DEFAULT_POLICY_ID = "mcp-gateway-policy-pack";
var DEFAULT_INTENT = "Compile the workflow control-plane manifest into a default-deny MCP gateway policy pack: declared tool scopes, bounded change scopes, gated writes, human approval holds, runtime kill signals and audit evidence.";
var PACK_SCHEMA_VERSION = "1.0";
function recordedManifestPath(packText) {
  if (packText === null) return null;
  let p;
  try {
    p = JSON.parse(packText)?.source_manifest?.path;
  } catch {
    return null;
  }
  if (typeof p !== "string") return null;
  const cleaned = p.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (cleaned === "" || cleaned.startsWith("/") || /^[A-Za-z]:/.test(cleaned) || cleaned.split("/").includes("..")) return null;
  return cleaned;
}

export {
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  DEFAULT_INTENT,
  PACK_SCHEMA_VERSION,
  recordedManifestPath
};
