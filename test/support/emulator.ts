/**
 * Jest helpers for tests that need the emulator.
 *
 *   const em = withEmulator();            // one emulator for this test file
 *   it('...', async () => { await fetch(`${em.endpoints.p0}/o/${em.ids.p0_org}/...`) });
 *
 * `withEmulator()` registers beforeAll/afterAll in the calling scope and
 * returns a stand-in that forwards to the running emulator once beforeAll
 * has run (reading it earlier throws). Pass `{ resetBeforeEach: true }` to
 * give every test fresh state (identities are kept).
 */
import { closeHttpPools } from '../../src/http/client';
import { ApiError } from '../../src/http/errors';
import type { AwsRoleView, EmulatedApiModule, EmulatorIdentities } from '../../src/emulator/types';
import type { RunningEmulator, StartEmulatorOptions } from '../../src/emulator/server';
import { emulatedApis, startDefaultEmulator } from '../../src/emulate';
import { completeIdentities } from '../../src/emulator/identities';
import { createFrameworkProvider } from '../../src/framework/server';
import type { DataSourceType, ResourceType } from '../../src/framework/resource';
import type { ProviderModule } from '../../src/framework/vendor';

export interface WithEmulatorOptions extends Omit<StartEmulatorOptions, 'modules'> {
  /** Default: every emulated API cloudbridge ships. */
  readonly modules?: StartEmulatorOptions['modules'];
  /** `POST /_emulator/reset` before every test of the file. Default false. */
  readonly resetBeforeEach?: boolean;
}

/** The tokens of the emulated APIs cloudbridge ships, as the JSON line prints them. */
export interface CloudbridgeTokens {
  readonly p0: string;
  readonly cloudflare: string;
  readonly northflank: string;
  readonly avisi: string;
  readonly qtangl: { readonly viewer: string; readonly operator: string; readonly admin: string };
}

/** A running emulator whose tokens have the shape of cloudbridge's own APIs (tests that swap modules keep it). */
export type TestEmulator = Omit<RunningEmulator, 'tokens'> & { readonly tokens: CloudbridgeTokens };

/** The tokens of cloudbridge's APIs in `identities`, checked at run time. */
export function cloudbridgeTokens(identities: EmulatorIdentities): CloudbridgeTokens {
  const t = identities.tokens;
  const one = (api: string): string => {
    const v = t[api];
    if (typeof v !== 'string') throw new Error(`the emulator printed no token for ${api}`);
    return v;
  };
  const q = t['qtangl'];
  if (q === undefined || typeof q === 'string' || !q['viewer'] || !q['operator'] || !q['admin']) throw new Error('the emulator printed no qtangl keys');
  return { p0: one('p0'), cloudflare: one('cloudflare'), northflank: one('northflank'), avisi: one('avisi'), qtangl: { viewer: q['viewer'], operator: q['operator'], admin: q['admin'] } };
}

export function withEmulator(options: WithEmulatorOptions = {}): TestEmulator {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    // Every API's identities, even for the APIs a test does not mount, so that its token set is whole.
    running = await startDefaultEmulator({ ...options, identities: options.identities ?? completeIdentities(emulatedApis()) });
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
    await closeHttpPools();
  });
  if (options.resetBeforeEach) {
    beforeEach(async () => {
      await running?.reset();
    });
  }
  return new Proxy({} as TestEmulator, {
    get(_target, property) {
      if (!running) throw new Error('the emulator is not running: use withEmulator() at the top of the file/describe and read it inside tests or hooks');
      if (property === 'tokens') return cloudbridgeTokens(running.identities);
      const value = (running as unknown as Record<PropertyKey, unknown>)[property];
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(running) : value;
    },
  });
}

export interface EmulatorEnvOptions {
  /** Which Qtangl key the provider gets. Default `admin`. */
  readonly qtanglRole?: 'viewer' | 'operator' | 'admin';
  /** A 12-digit access key id selects this AWS account in the emulated IAM. Default `123456789012`. */
  readonly awsAccountId?: string;
}

/**
 * The environment that points the cloudbridge provider (and hashicorp/aws) at
 * this emulator. Variable names follow src/framework/provider-config.ts:
 * `CLOUDBRIDGE_<VENDOR>_<ATTRIBUTE>`.
 */
export function emulatorEnv(em: Pick<TestEmulator, 'endpoints' | 'tokens' | 'ids'>, options: EmulatorEnvOptions = {}): Record<string, string> {
  const awsAccount = options.awsAccountId ?? '123456789012';
  return {
    CLOUDBRIDGE_P0_BASE_URL: em.endpoints.p0,
    CLOUDBRIDGE_P0_API_TOKEN: em.tokens.p0,
    CLOUDBRIDGE_P0_ORG_ID: em.ids.p0_org,
    CLOUDBRIDGE_CLOUDFLARE_BASE_URL: em.endpoints.cloudflare,
    CLOUDBRIDGE_CLOUDFLARE_API_TOKEN: em.tokens.cloudflare,
    CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID: em.ids.cloudflare_account,
    CLOUDBRIDGE_NORTHFLANK_BASE_URL: em.endpoints.northflank,
    CLOUDBRIDGE_NORTHFLANK_API_TOKEN: em.tokens.northflank,
    CLOUDBRIDGE_AVISI_BASE_URL: em.endpoints.avisi,
    CLOUDBRIDGE_AVISI_API_TOKEN: em.tokens.avisi,
    CLOUDBRIDGE_AVISI_ORGANISATION: em.ids.avisi_organisation,
    CLOUDBRIDGE_QTANGL_BASE_URL: em.endpoints.qtangl,
    CLOUDBRIDGE_QTANGL_API_KEY: em.tokens.qtangl[options.qtanglRole ?? 'admin'],
    // hashicorp/aws 5.100.0 reads per-service endpoint variables (AWS SDK for Go v2).
    AWS_ENDPOINT_URL_IAM: em.endpoints.aws,
    AWS_ENDPOINT_URL_STS: em.endpoints.aws,
    AWS_ACCESS_KEY_ID: awsAccount,
    AWS_SECRET_ACCESS_KEY: 'emulated-secret-access-key',
    AWS_REGION: 'us-east-1',
  };
}

/** Arm a fault through the admin route, as tests of a separately spawned emulator would. */
export async function injectFault(em: Pick<RunningEmulator, 'url'>, fault: import('../../src/emulator/faults').FaultSpec): Promise<void> {
  const res = await fetch(`${em.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) });
  if (res.status !== 201) throw new Error(`fault rejected: ${res.status} ${await res.text()}`);
}

/** Awaits `promise` and returns the ApiError it fails with; fails the test if it succeeds or fails otherwise. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

/** State of fakeAwsRoles(): its roles by ARN. Put roles in with putFakeRole. */
export interface FakeAwsRoles {
  roles: Record<string, AwsRoleView>;
}

/**
 * A stand-in for the emulated AWS account when a vendor test only needs the vendor's view of
 * roles (its verify/discovery checks), not IAM's API.
 */
export function fakeAwsRoles(): EmulatedApiModule<FakeAwsRoles> {
  return {
    api: 'aws',
    basePath: '',
    initialState: () => ({ roles: {} }),
    authenticate: () => 'any',
    routes: [],
    errorResponse: (status, message) => ({ status, json: { message } }),
    view: (state) => ({
      aws: {
        getRole: (accountId, roleName) => Object.values(state.roles).find((r) => r.accountId === accountId && r.roleName === roleName),
        getRoleByArn: (arn) => state.roles[arn],
      },
    }),
  };
}

/** Creates or replaces a role (by ARN) in the fakeAwsRoles() of a running emulator. */
export function putFakeRole(em: Pick<RunningEmulator, 'state'>, role: AwsRoleView): void {
  em.state<FakeAwsRoles>('aws').roles[role.arn] = role;
}

/** Every resource and data source type of one module, loaded. */
export function moduleTypes(module: ProviderModule): (ResourceType | DataSourceType)[] {
  const provider = createFrameworkProvider({ version: '0.0.0-test', modules: [module], env: {} });
  return [...provider.resources.values(), ...provider.dataSources.values()];
}
