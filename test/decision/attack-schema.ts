/**
 * The JSON Schema of an attack fixture file (test/fixtures/attacks/*.json). Every object is closed
 * (`additionalProperties: false`), and checks and codes are the engine's own lists, so a misspelt
 * key or name fails the file instead of dropping its assertion.
 */
import { Ajv } from 'ajv';
import { CHECK_NAMES, DECISIONS, REASON_CODES } from '../../src/decision/index.js';

const outcome = { enum: ['pass', 'fail', 'skip'] };
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const times = { type: 'integer', minimum: 0 };
const list = { type: 'boolean' };

export const ATTACK_FILE_SCHEMA = closed(
  {
    about: { type: 'string', minLength: 1 },
    cases: {
      type: 'array',
      minItems: 1,
      items: closed(
        {
          name: { type: 'string', minLength: 1 },
          // The request is the attack itself: any JSON value.
          request: {},
          expect_decision: { enum: [...DECISIONS] },
          expect_reason: closed(
            {
              check: { enum: [...CHECK_NAMES] },
              code: { enum: Object.keys(REASON_CODES) },
              message_substring: { type: 'string', minLength: 1 },
            },
            ['check', 'code'],
          ),
          expect_checks: { type: 'object', propertyNames: { enum: [...CHECK_NAMES] }, additionalProperties: outcome, minProperties: 1 },
          sign: closed({ key: { enum: ['approver', 'intruder'] }, key_id: { type: 'string' }, tamper: { type: 'object' } }, [
            'key',
            'key_id',
          ]),
          options: closed({ trusted_keys: { type: 'boolean' } }),
          expand: {
            type: 'object',
            minProperties: 1,
            additionalProperties: {
              oneOf: [
                closed({ repeat: {}, times, list }, ['repeat', 'times']),
                closed({ text: { type: 'string' }, times, list }, ['text', 'times']),
                closed({ nest: times, kind: { enum: ['array', 'object'] }, list }, ['nest', 'kind']),
              ],
            },
          },
        },
        ['name', 'request', 'expect_decision'],
      ),
    },
  },
  ['about', 'cases'],
);

const validate = new Ajv({ allErrors: true, strict: true }).compile(ATTACK_FILE_SCHEMA);

/** The schema's complaints about one parsed fixture file, empty when it conforms. */
export function validateAttackFile(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`,
  );
}
