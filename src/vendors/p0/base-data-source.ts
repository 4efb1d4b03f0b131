/**
 * `cloudbridge_p0_aws_base`: the `base` item of one AWS account, which P0
 * creates when the account's first component is staged.
 */
import { attrs, str } from '../../framework/attributes';
import { DiagnosticError } from '../../framework/diagnostics';
import { matches } from '../../framework/validators';
import { defineDataSource } from './define';
import { AWS_ACCOUNT_ID_PATTERN, AWS_ACCOUNT_ID_RULE } from './model';

export const awsBaseDataSource = defineDataSource({
  typeName: 'cloudbridge_p0_aws_base',
  description:
    'The `base` item of one AWS account in P0\'s AWS integration (`GET .../config/base/{account_id}`): the Google Cloud ' +
    'service account P0 uses to reach that account. P0 creates it when the account\'s first component is staged.',
  schema: attrs({
    account_id: str({ required: true, description: 'The 12-digit AWS account id.', validators: [matches(AWS_ACCOUNT_ID_PATTERN, AWS_ACCOUNT_ID_RULE)] }),
    id: str({ computed: true, description: 'Same as `account_id`.' }),
    label: str({ computed: true, nullable: true, description: 'The item\'s label.' }),
    state: str({ computed: true, description: 'The item\'s state.' }),
    service_account_email: str({ computed: true, description: 'Email of P0\'s Google Cloud service account for this account.' }),
    service_account_id: str({ computed: true, description: 'Unique id of that service account: the `accounts.google.com:aud` of P0\'s trust policies.' }),
  }),
  async read({ config }, ctx) {
    const accountId = config.account_id;
    const base = await ctx.client.findBase(accountId, { signal: ctx.signal });
    if (!base) {
      throw new DiagnosticError(
        `No P0 base item for AWS account ${accountId}`,
        'P0 creates it when the first component of the account is staged; stage one first (for example cloudbridge_p0_aws_inventory_staged).',
      );
    }
    return {
      account_id: accountId,
      id: accountId,
      label: base.label ?? null,
      state: base.state,
      service_account_email: base.serviceAccountEmail,
      service_account_id: base.serviceAccountId,
    };
  },
  example: `data "cloudbridge_p0_aws_base" "prod" {
  account_id = cloudbridge_p0_aws_inventory_staged.prod.account_id
}
`,
});
