/**
 * `cloudbridge_p0_aws_integration`: the root of P0's AWS integration
 * (`POST/GET/DELETE /o/{orgId}/integrations/aws/config`).
 */
import { attrs, str } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import { useStateForUnknown } from '../../framework/plan-modifiers';
import { createOwned, ownershipNotes, type OwnershipDoc } from '../../framework/ownership';
import { defineResource, EXAMPLE_ORG_ID } from './define';

/** What a create does when the root is taken or its outcome is unknown (the resource's notes and docs/reliability.md). */
export const P0_ROOT_OWNERSHIP: OwnershipDoc = {
  identity: 'The organization: the root is its singleton.',
  taken:
    'The create reads the root first and fails, before writing anything, with the import (`<org_id>`) when the organization has one (made by another configuration, or by a staged component, which creates the root when there is none). ' +
    'Its destroy removes every item of every component, so only one configuration may own it.',
  unknownOutcome:
    'After a reset, a timeout or a 502/504 on the create, the root is read again: a root that was not there at the preflight is this create\'s and is recorded; when there is none, the create is tried again (a singleton cannot be duplicated), up to 3 tries.',
};

const schema = attrs({
  id: str({ computed: true, description: 'The P0 organization id (the root is one per organization).', planModifiers: [useStateForUnknown()] }),
  org_id: str({
    computed: true,
    description: 'The P0 organization the integration belongs to (from the provider configuration).',
    planModifiers: [useStateForUnknown()],
  }),
});

export const awsIntegration = defineResource({
  typeName: 'cloudbridge_p0_aws_integration',
  description:
    'The root configuration of P0\'s AWS integration in your organization (`POST /o/{orgId}/integrations/aws/config`). ' +
    'Components are staged and installed below it with the `cloudbridge_p0_aws_*_staged` and `cloudbridge_p0_aws_*` resources.\n\n' +
    'Creating it fails, with the import to use, when the organization has a root already: its destroy removes every item, so only one configuration may own it.\n\n' +
    '**Destroying it removes every item in every component of the AWS integration** (`DELETE .../config`), including items ' +
    'that Terraform does not manage. Roles and policies in AWS that grant P0 access are not touched: remove them separately.',
  schema,
  importer: {
    format: '<org_id>',
    example: EXAMPLE_ORG_ID,
    parse(id, diags) {
      if (id.trim() === '') {
        diags.error('Invalid import id', `Expected <org_id>, the P0 organization id, for example ${EXAMPLE_ORG_ID}.`);
        return undefined;
      }
      return { id: id.trim(), org_id: id.trim() };
    },
  },
  async create(_req, ctx) {
    // The root is the organization's singleton, and destroying it removes every item: only one configuration may own it.
    await createOwned(ctx, {
      noun: 'P0 AWS integration root',
      describe: () => `of organization ${ctx.client.orgId}`,
      importId: () => ctx.client.orgId,
      key: () => ctx.client.orgId,
      holders: async () => ((await ctx.client.findConfig({ signal: ctx.signal })) ? ['root'] : []),
      exclusive: true,
      uniqueIdentity: true,
      create: async () => {
        await ctx.client.createConfig({ signal: ctx.signal });
        return 'root';
      },
      takenHint:
        'Another configuration (or a staged component, which creates the root when there is none) made it. Its destroy removes every item of every component, so only one configuration may own it.',
    });
    ctx.logger.info('created the P0 AWS integration root');
    return { id: ctx.client.orgId, org_id: ctx.client.orgId };
  },
  async read({ state }, ctx) {
    // Both hold the organization id; `id` stands in for a state whose `org_id` is null.
    const orgId: string | null = state.org_id ?? state.id;
    if (orgId !== null && orgId !== ctx.client.orgId) {
      throw new DiagnosticError(
        'P0 organization mismatch',
        `The state names organization "${orgId}", but the provider's p0 block (or CLOUDBRIDGE_P0_ORG_ID) is "${ctx.client.orgId}".`,
      );
    }
    const config = await ctx.client.findConfig({ signal: ctx.signal });
    return config ? { id: ctx.client.orgId, org_id: ctx.client.orgId } : null;
  },
  async delete(_req, ctx) {
    await ctx.client.deleteConfig({ signal: ctx.signal });
  },
  example: `resource "cloudbridge_p0_aws_integration" "this" {}
`,
  notes:
    '## Destroy\n\nDestroy removes **all items in all components** of the AWS integration in P0, not only those in this configuration. ' +
    'Make the staged resources depend on this one (`depends_on`) so that Terraform destroys them, and the installed ones, before it.\n\n' +
    ownershipNotes(P0_ROOT_OWNERSHIP),
});
