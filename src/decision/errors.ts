/** Thrown by loadPolicy when a pack cannot be used; lists every problem found, one per line. */
export class PolicyLoadError extends Error {
  override name = 'PolicyLoadError';
  readonly problems: readonly string[];

  constructor(problems: string[], source = 'policy pack') {
    super(
      `${source} cannot be loaded (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}
