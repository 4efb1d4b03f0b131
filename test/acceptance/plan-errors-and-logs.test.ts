/**
 * Errors at plan, not apply, and HTTP log lines that say who made them, through
 * the real terraform:
 * - a vendor with no token (neither the provider block nor the environment)
 *   fails `terraform plan`, naming the attribute and the environment variable;
 * - a token the vendor refuses fails `terraform plan` too;
 * - a provider block whose base URL is not a URL fails `terraform validate`;
 * - with TF_LOG=debug, every HTTP log line carries the RPC and the resource type
 *   that made it, for two resource types applied at once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emulatorEnv, withEmulator } from '../support/emulator';
import { expectOk, Workspace } from './harness';

const em = withEmulator();

const TWO_TYPES = `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
provider "cloudbridge" {}

resource "cloudbridge_northflank_cloud_integration" "keys" {
  name           = "Log Labels"
  cloud_provider = "civo"
  credentials = {
    api_key = "civo-key-for-the-log-test"
  }
}

resource "cloudbridge_qtangl_cloud_integration" "k8s" {
  cloud_provider  = "kubernetes"
  kubeconfig_json = jsonencode({ apiVersion = "v1", kind = "Config", clusters = [], users = [], contexts = [] })
}
`;

/** The environment without one vendor's token. */
function without(env: Record<string, string>, name: string): Record<string, string> {
  const { [name]: _gone, ...rest } = env;
  return rest;
}

describe('errors at plan', () => {
  let ws: Workspace;
  afterEach(async () => {
    await ws?.cleanup();
  });

  it('a vendor with no token fails the plan, naming the attribute and the environment variable', async () => {
    const env = without(emulatorEnv(em), 'CLOUDBRIDGE_NORTHFLANK_API_TOKEN');
    ws = await Workspace.create({ files: { 'main.tf': TWO_TYPES }, env: { ...env, CLOUDBRIDGE_NORTHFLANK_API_TOKEN: '' } });
    await ws.init();
    const before = em.requestCounts()['northflank'] ?? {};
    const r = await ws.tf(['plan', '-input=false', '-no-color', '-json']);
    expect(r.code).toBe(1);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.summary, d.address])).toEqual([['Missing provider configuration', 'cloudbridge_northflank_cloud_integration.keys']]);
    expect(errors[0]!.detail).toBe(
      'The Northflank setting "api_token" is not set. Set it in the provider configuration (provider "cloudbridge" { northflank { api_token = ... } }) or in the environment variable CLOUDBRIDGE_NORTHFLANK_API_TOKEN.',
    );
    // Nothing was asked of Northflank, and nothing was created anywhere.
    expect(em.requestCounts()['northflank'] ?? {}).toEqual(before);
    expect(ws.stateFile()).toBe('');
  });

  it('a token the vendor refuses fails the plan with the vendor\'s answer', async () => {
    ws = await Workspace.create({ files: { 'main.tf': TWO_TYPES }, env: { ...emulatorEnv(em), CLOUDBRIDGE_NORTHFLANK_API_TOKEN: 'not-the-emulator-token' } });
    await ws.init();
    const r = await ws.tf(['plan', '-input=false', '-no-color', '-json']);
    expect(r.code).toBe(1);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.summary, d.address])).toEqual([["Northflank refused the provider's credentials", 'cloudbridge_northflank_cloud_integration.keys']]);
    expect(errors[0]!.detail).toMatch(/^northflank API error 401 on GET \/northflank\/v1\/cloud-providers\/integrations\/cloudbridge-credentials-check: Invalid API token/);
    expect(errors[0]!.detail).not.toContain('not-the-emulator-token');
  });

  it('a provider block with a base URL that is not a URL fails terraform validate at that attribute', async () => {
    const hcl = TWO_TYPES.replace('provider "cloudbridge" {}', 'provider "cloudbridge" {\n  northflank {\n    base_url = "northflank.example"\n  }\n}');
    ws = await Workspace.create({ files: { 'main.tf': hcl }, env: emulatorEnv(em) });
    await ws.init();
    const r = await ws.tf(['validate', '-no-color', '-json']);
    expect(r.code).toBe(1);
    expect(r.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual([['error', 'Invalid attribute value', 'must be an http(s) URL']]);
    expect(r.diagnostics[0]!.range?.start.line).toBe(9);
  });
});

describe('HTTP log lines say who made each call', () => {
  let ws: Workspace;
  afterAll(async () => {
    await ws?.cleanup();
  });

  it('every line of an apply of two types carries its RPC and its own resource type', async () => {
    ws = await Workspace.create({ files: { 'main.tf': TWO_TYPES }, env: emulatorEnv(em) });
    await ws.init();
    const log = path.join(ws.dir, 'tf.log');
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color'], { TF_LOG_PROVIDER: 'debug', TF_LOG_PATH: log }));
    expectOk(await ws.tf(['plan', '-input=false', '-no-color'], { TF_LOG_PROVIDER: 'debug', TF_LOG_PATH: `${log}.plan` }));
    const lines = [...fs.readFileSync(log, 'utf8').split('\n'), ...fs.readFileSync(`${log}.plan`, 'utf8').split('\n')].filter((l) => /http response:/.test(l));
    const seen = lines.map((l) => {
      const field = (name: string): string | undefined => new RegExp(`${name}=("[^"]*"|\\S+)`).exec(l)?.[1]?.replace(/^"|"$/g, '');
      return { rpc: field('tf_rpc'), type: field('tf_resource_type'), vendor: field('vendor') };
    });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    const ownType: Record<string, string> = { northflank: 'cloudbridge_northflank_cloud_integration', qtangl: 'cloudbridge_qtangl_cloud_integration' };
    for (const s of seen) {
      expect(s.type).toBe(ownType[s.vendor ?? '']);
      expect(['PlanResourceChange', 'ApplyResourceChange', 'ReadResource']).toContain(s.rpc);
    }
    // Both types, and both the plan-time check, the apply and the refresh, are there.
    expect(new Set(seen.map((s) => `${s.vendor} ${s.rpc}`))).toEqual(
      new Set(['northflank PlanResourceChange', 'northflank ApplyResourceChange', 'northflank ReadResource', 'qtangl PlanResourceChange', 'qtangl ApplyResourceChange', 'qtangl ReadResource']),
    );
  });
});
