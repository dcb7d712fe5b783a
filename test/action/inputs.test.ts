import { describe, expect, it } from 'vitest';
import { InputError, parseInputs } from '../../src/action/inputs.js';

const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('inputs: policy-owners and enforce', () => {
  it('defaults to enforcing with no policy owners', () => {
    expect(parseInputs(get({}))).toMatchObject({ enforce: true, policyOwners: null });
  });

  it('takes a pool of reviewer-pools, and enforce: false', () => {
    expect(parseInputs(get({ 'reviewer-pools': 'owners: [pat]', 'policy-owners': ' owners ', enforce: 'false' }))).toMatchObject({
      enforce: false,
      policyOwners: 'owners',
    });
  });

  it('refuses a pool that reviewer-pools does not define, listing the pools, and an enforce that is not a boolean', () => {
    expect(() => parseInputs(get({ 'reviewer-pools': 'a: [x]\nb: [y]', 'policy-owners': 'c' }))).toThrow(
      new InputError('input "policy-owners" is "c", which is not a pool of input "reviewer-pools"; valid values: a, b'),
    );
    expect(() => parseInputs(get({ 'policy-owners': 'toString' }))).toThrow(/\(reviewer-pools is empty\)/);
    expect(() => parseInputs(get({ enforce: 'no' }))).toThrow('input "enforce" is "no"; valid values: true, false');
  });
});
