/**
 * The Cloudflare resources and data sources through the framework's provider
 * service (no terraform): plan-time validation without API calls, the
 * integration → setup → authorisation flow against the emulator, and the
 * authorisation's failure within its timeout.
 */
import { createFrameworkProvider } from '../../src/framework/server';
import { resourceAttributes } from '../../src/framework/schema';
import type { CallContext, Diagnostic } from '../../src/protocol/service';
import type { Logger } from '../../src/protocol/log';
import { isUnknown, type CtyValue } from '../../src/protocol/values';
import type { EmulatedApiModule } from '../../src/emulator/types';
import { cloudflareEmulator } from '../../src/vendors/cloudflare/emulator';
import { awsAssumeRoleRejectedMessage } from '../../src/vendors/cloudflare/emulator-assumptions';
import cloudflareVendor from '../../src/vendors/cloudflare';
import { withEmulator, fakeAwsRoles, putFakeRole } from '../support/emulator';


const em = withEmulator({ modules: [cloudflareEmulator, fakeAwsRoles()] as EmulatedApiModule<unknown>[] });

const logLines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
function makeLogger(): Logger {
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => logLines.push({ level, message, fields });
  const logger: Logger = { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), with: () => logger };
  return logger;
}
const ctx: CallContext = { signal: new AbortController().signal, logger: makeLogger() };

const INTEGRATION = 'cloudbridge_cloudflare_cloud_integration';
const AUTHORIZATION = 'cloudbridge_cloudflare_cloud_integration_authorization';
const SETUP = 'cloudbridge_cloudflare_cloud_integration_setup';

function provider() {
  return createFrameworkProvider({ version: '0.0.0-test', modules: [cloudflareVendor], env: {} });
}
type Provider = ReturnType<typeof provider>;

async function configured(): Promise<Provider> {
  const p = provider();
  const blocks: Record<string, CtyValue> = {};
  for (const b of p.getProviderSchema().provider.block.blockTypes ?? []) blocks[b.typeName] = null;
  blocks['cloudflare'] = { base_url: em.endpoints.cloudflare, api_token: em.tokens.cloudflare, account_id: em.ids.cloudflare_account };
  const res = await p.configureProvider({ config: blocks, terraformVersion: '1.11.4' }, ctx);
  expect(res.diagnostics).toEqual([]);
  return p;
}

/** A full object for the type: every attribute null unless given. */
function full(p: Provider, typeName: string, values: Record<string, CtyValue>): Record<string, CtyValue> {
  const type = p.resources.get(typeName) ?? p.dataSources.get(typeName)!;
  const names = type.kind === 'resource' ? Object.keys(resourceAttributes(type.spec)) : Object.keys(type.schema);
  const out: Record<string, CtyValue> = {};
  for (const n of names) out[n] = values[n] ?? null;
  return out;
}

async function apply(p: Provider, typeName: string, config: Record<string, CtyValue>) {
  const cfg = full(p, typeName, config);
  const plan = await p.planResourceChange({ typeName, priorState: null, proposedNewState: cfg, config: cfg, priorPrivate: new Uint8Array() }, ctx);
  expect(plan.diagnostics).toEqual([]);
  return p.applyResourceChange({ typeName, priorState: null, plannedState: plan.plannedState, config: cfg, plannedPrivate: new Uint8Array() }, ctx);
}

function summaryOf(diags: readonly Diagnostic[]) {
  return diags.map((d) => ({ summary: d.summary, detail: d.detail, attribute: d.attribute }));
}

function cloudflareRequests(): number {
  return Object.values(em.requestCounts()['cloudflare'] ?? {}).reduce((a, b) => a + b, 0);
}

describe('validation at plan time, before any API call', () => {
  it.each([
    [{ aws_arn: 'arn:aws:iam::123456789012:role/r', gcp_project_id: 'my-project-1' }, 'Exactly one of', [{ attribute: 'gcp_project_id' }]],
    [{}, 'Exactly one of', [{ attribute: 'aws_arn' }]],
    [{ azure_subscription_id: '11111111-2222-4333-8444-555555555555' }, '`azure_tenant_id` must be set together with `azure_subscription_id`.', [{ attribute: 'azure_tenant_id' }]],
    [{ aws_arn: 'arn:aws:s3:::bucket' }, 'must be an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)', [{ attribute: 'aws_arn' }]],
  ])('authorization %j is rejected', async (fields, detailPart, path) => {
    const p = await configured();
    const before = cloudflareRequests();
    const res = await p.validateResourceConfig({
      typeName: AUTHORIZATION,
      config: full(p, AUTHORIZATION, { integration_id: '8d1f5c3e-2b7a-4c1e-9f3d-6a0b2c4d5e6f', ...fields }),
    });
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]!.severity).toBe('error');
    expect(res.diagnostics[0]!.detail).toContain(detailPart);
    expect(res.diagnostics[0]!.attribute).toEqual(path);
    expect(cloudflareRequests()).toBe(before);
  });

  it('rejects an unknown cloud_type and a blank friendly_name with their paths', async () => {
    const p = await configured();
    const res = await p.validateResourceConfig({ typeName: INTEGRATION, config: full(p, INTEGRATION, { cloud_type: 'ORACLE', friendly_name: ' ' }) });
    expect(summaryOf(res.diagnostics).map((d) => d.attribute)).toEqual([[{ attribute: 'cloud_type' }], [{ attribute: 'friendly_name' }]]);
    expect(res.diagnostics[0]!.detail).toBe('must be one of: "AWS", "AZURE", "GOOGLE", "CLOUDFLARE"');
  });
});

describe('integration → setup → authorisation', () => {
  async function integrationWithRole(p: Provider, name: string, trust: 'correct' | 'no-external-id') {
    const created = await apply(p, INTEGRATION, { cloud_type: 'AWS', friendly_name: name });
    expect(created.diagnostics).toEqual([]);
    const integration = created.newState as Record<string, CtyValue>;
    expect(integration['lifecycle_state']).toBe('PENDING_SETUP');
    expect(integration['account_id']).toBe(em.ids.cloudflare_account);
    const setup = await p.readDataSource({ typeName: SETUP, config: full(p, SETUP, { integration_id: integration['id']! }) }, ctx);
    expect(setup.diagnostics).toEqual([]);
    const setupState = setup.state as Record<string, CtyValue>;
    const policy = JSON.parse(setupState['aws_trust_policy'] as string) as { Statement: Record<string, unknown>[] };
    expect(setupState['aws_external_id']).toBe(
      (policy.Statement[0]!['Condition'] as { StringEquals: Record<string, string> }).StringEquals['sts:ExternalId'],
    );
    if (trust === 'no-external-id') delete policy.Statement[0]!['Condition'];
    const arn = `arn:aws:iam::123456789012:role/${name}`;
    putFakeRole(em, { accountId: '123456789012', roleName: name, arn, trustPolicy: policy, inlinePolicies: {}, attachedPolicyArns: [] });
    return { id: integration['id'] as string, arn };
  }

  it('reaches SUCCEEDED with a role that trusts Cloudflare, logging progress', async () => {
    const p = await configured();
    const { id, arn } = await integrationWithRole(p, 'good-role', 'correct');
    logLines.length = 0;
    const res = await apply(p, AUTHORIZATION, { integration_id: id, aws_arn: arn });
    expect(res.diagnostics).toEqual([]);
    const state = res.newState as Record<string, CtyValue>;
    expect(state['state']).toBe('SUCCEEDED');
    expect(state['regions']).toEqual(['us-east-1', 'us-west-2', 'eu-west-1']);
    expect(state['last_discovery_status']).toBe('SUCCEEDED');
    expect(typeof state['credentials_good_since']).toBe('string');
    expect(state['id']).toBe(id);
    expect(logLines.filter((l) => l.level === 'info').map((l) => l.message)).toContain('cloudflare discovery succeeded');
    // The integration reads as ACTIVE/SUCCEEDED now.
    const read = await p.readResource({ typeName: INTEGRATION, currentState: full(p, INTEGRATION, { id, account_id: em.ids.cloudflare_account }), private: new Uint8Array() }, ctx);
    expect((read.newState as Record<string, CtyValue>)['state']).toBe('SUCCEEDED');
    expect((read.newState as Record<string, CtyValue>)['lifecycle_state']).toBe('ACTIVE');
    // Delete clears the credential fields; the integration stays.
    const del = await p.applyResourceChange(
      { typeName: AUTHORIZATION, priorState: state, plannedState: null, config: null, plannedPrivate: new Uint8Array() },
      ctx,
    );
    expect(del.diagnostics).toEqual([]);
    const gone = await p.readResource({ typeName: AUTHORIZATION, currentState: state, private: new Uint8Array() }, ctx);
    expect(gone.newState).toBeNull();
  });

  it("fails with Cloudflare's message within timeouts.create when the role lacks the external id", async () => {
    const p = await configured();
    const { id, arn } = await integrationWithRole(p, 'no-ext-role', 'no-external-id');
    const started = Date.now();
    const res = await apply(p, AUTHORIZATION, { integration_id: id, aws_arn: arn, timeouts: { create: '6s', update: null } });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(9_000);
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]!.summary).toBe('Cloudflare rejected the cloud integration credentials');
    expect(res.diagnostics[0]!.detail).toContain(awsAssumeRoleRejectedMessage(arn));
    expect(res.diagnostics[0]!.attribute).toEqual([{ attribute: 'aws_arn' }]);
    // Tracked (tainted) so that the next apply clears and retries.
    const state = res.newState as Record<string, CtyValue>;
    expect(state['state']).toBe('FAILED');
    expect(isUnknown(state['regions'])).toBe(false);
  }, 20_000);
});
