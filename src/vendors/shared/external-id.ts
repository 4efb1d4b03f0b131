/**
 * `cloudbridge_external_id`: a stable, cryptographically random external id
 * for trust policies (`sts:ExternalId`), regenerated only when its `keepers`
 * change. Vendor-neutral, so it needs no client and calls no API.
 */
import { randomInt } from 'node:crypto';
import { attrs, map, num, str } from '../../framework/attributes';
import { requiresReplace, requiresReplaceIf, useStateForUnknown } from '../../framework/plan-modifiers';
import { defineResource } from '../../framework/resource';
import { between } from '../../framework/validators';

/** Lower-case letters and digits: valid in every vendor's external id field and in AWS's `[\w+=,.@:/-]`. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const EXTERNAL_ID_DEFAULT_LENGTH = 32;
/** 16 characters of this alphabet are ~82 bits: well past guessing. */
export const EXTERNAL_ID_MIN_LENGTH = 16;
export const EXTERNAL_ID_MAX_LENGTH = 128;
/** AWS's rule for `sts:ExternalId` values, used to check imported ids. */
const AWS_EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

/** `length` characters drawn uniformly (no modulo bias) from the CSPRNG. */
export function generateExternalId(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

const schema = attrs({
  id: str({ computed: true, description: 'The external id (same as `result`).', planModifiers: [useStateForUnknown()] }),
  result: str({
    computed: true,
    description:
      'The generated external id. Not sensitive: AWS documents external ids as identifiers, not secrets, and the value has to be shown to and passed to the vendor.',
    planModifiers: [useStateForUnknown()],
  }),
  length: num({
    default: EXTERNAL_ID_DEFAULT_LENGTH,
    description: `Number of characters, ${EXTERNAL_ID_MIN_LENGTH}–${EXTERNAL_ID_MAX_LENGTH}. Default \`${EXTERNAL_ID_DEFAULT_LENGTH}\`.`,
    validators: [between(EXTERNAL_ID_MIN_LENGTH, EXTERNAL_ID_MAX_LENGTH)],
    planModifiers: [requiresReplace()],
  }),
  keepers: map('string', {
    optional: true,
    description:
      'Arbitrary values whose change generates a new id, e.g. the vendor integration id the external id belongs to. Changing or removing keepers replaces the resource; adding keepers to a resource that had none (such as a freshly imported one) keeps the value.',
    planModifiers: [requiresReplaceIf((req) => req.state !== null, 'Changing or removing keepers forces a new id.')],
  }),
});

export const externalIdResource = defineResource({
  typeName: 'cloudbridge_external_id',
  description: [
    'A stable, cryptographically random external id for cross-account trust policies (`sts:ExternalId`).',
    '',
    'The value is drawn from Node\'s CSPRNG (`node:crypto`) over lower-case letters and digits, kept in state, and regenerated only when `keepers` (or `length`) change. No API is called.',
  ].join('\n'),
  schema,
  importer: {
    format: '<external_id>',
    example: 'k3v9q0x7m2c5t8w1z4b6n0p3r5s7u9y2',
    parse(id, diags) {
      if (!AWS_EXTERNAL_ID.test(id)) {
        diags.error('Invalid import id', 'Import a `cloudbridge_external_id` by its value: 2–1224 characters of letters, digits and `+=,.@:/-_`.');
        return undefined;
      }
      return { id, result: id };
    },
  },
  async create({ config }) {
    const length = config.length ?? EXTERNAL_ID_DEFAULT_LENGTH;
    const result = generateExternalId(length);
    return { id: result, result, length, keepers: config.keepers ?? null };
  },
  async read({ state }) {
    // Nothing remote: the state is the truth. An import only knows the value, so `length` is its length.
    if (state.length === null || state.id === null) return { ...state, id: state.result, length: state.result.length };
    return state;
  },
  async update({ plan, state }) {
    // Only keepers can change in place (from none to some); the value stays.
    return { ...state, keepers: plan.keepers };
  },
  async delete() {
    // Nothing remote to delete.
  },
  example: `resource "cloudbridge_external_id" "vendor" {
  keepers = {
    integration = cloudbridge_cloudflare_cloud_integration.aws.id
  }
}

# Use it in a trust policy condition: "sts:ExternalId" = cloudbridge_external_id.vendor.result`,
  notes:
    '`result` is not marked sensitive: an external id guards against the confused-deputy problem and is not a secret (AWS says so in its IAM documentation), and it must be visible to hand it to the vendor.',
});
