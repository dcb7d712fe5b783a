/** A read the example pack allows, shared by the shell and transport tests. */
export const EXAMPLE_READ = Object.freeze({
  workflow_id: 'dependency-patch',
  agent_id: 'codex',
  run_id: 'run-7',
  tool_namespace: 'advisories.osv',
  tool_access_mode: 'read',
  gate_phase: 'tool_call',
});
