/**
 * What the platform app needs to know, read from environment variables, and
 * by default from a running `cloudbridge emulate`. Secrets (vendor API tokens,
 * AWS secret keys) are never part of this config: the providers read them
 * from the environment at plan/apply time, so they never land in cdk.tf.json.
 */

/** The settings of one of the two AWS accounts. */
export interface AwsAccountConfig {
  /** The 12-digit account id. */
  readonly accountId: string;
  /** AWS CLI profile with credentials for the account (real AWS only). */
  readonly profile?: string;
  /** Role the aws provider assumes in the account (real AWS only). */
  readonly assumeRoleArn?: string;
}

export interface PlatformConfig {
  /** `emulator`: a local `cloudbridge emulate`; `vendors`: the real vendor APIs and AWS. */
  readonly target: 'emulator' | 'vendors';
  readonly region: string;
  /** Account A gets every vendor; account B gets P0 only. */
  readonly accounts: readonly [AwsAccountConfig, AwsAccountConfig];
  /**
   * The emulator's `aws` endpoint for IAM and STS. Unset: hashicorp/aws's own
   * settings apply (AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL_STS, or real AWS).
   */
  readonly awsEndpoint?: string;
  /**
   * Non-secret cloudbridge provider settings. Each one left unset falls back,
   * at plan time, to the provider's own CLOUDBRIDGE_<VENDOR>_<ATTRIBUTE> variable.
   */
  readonly vendors: {
    readonly p0: { readonly baseUrl?: string; readonly orgId?: string };
    readonly cloudflare: { readonly baseUrl?: string; readonly accountId?: string };
    readonly northflank: { readonly baseUrl?: string };
    readonly avisi: { readonly baseUrl?: string; readonly organisation?: string };
    readonly qtangl: { readonly baseUrl?: string };
  };
  /** The AWS principal Northflank assumes customer roles from (account id or ARN). */
  readonly northflankPrincipal: string;
  /** The AWS principal Qtangl assumes customer roles from (account id or ARN). */
  readonly qtanglPrincipal: string;
}

/**
 * The emulator's vendor principals, as `src/vendors/<vendor>/emulator-assumptions.ts`
 * defines them (test/platform checks that they match). Used when no emulator URL is
 * given; with one, they are read from its state routes.
 */
export const EMULATOR_PRINCIPALS = {
  northflank: 'arn:aws:iam::466203627421:root',
  qtangl: 'arn:aws:iam::739275461027:root',
} as const;

/** The two emulated AWS accounts (a 12-digit access key id selects an emulated account). */
export const EMULATOR_ACCOUNTS = ['111111111111', '222222222222'] as const;

/** What `GET {url}/_emulator/info` answers (the JSON line of `cloudbridge emulate`). */
export interface EmulatorEndpoints {
  readonly url: string;
  readonly endpoints: Readonly<Record<'p0' | 'cloudflare' | 'northflank' | 'avisi' | 'qtangl' | 'aws', string>>;
  readonly ids: { readonly p0_org: string; readonly cloudflare_account: string; readonly avisi_organisation: string };
}

/** The principals a running emulator's vendors assume roles from. */
export interface EmulatorPrincipals {
  readonly northflank: string;
  readonly qtangl: string;
}

/** Environment variables the app reads (all optional in emulator mode). */
export const ENV = {
  target: 'PLATFORM_TARGET',
  emulatorUrl: 'CLOUDBRIDGE_EMULATOR_URL',
  region: 'PLATFORM_AWS_REGION',
  accountA: 'PLATFORM_ACCOUNT_A_ID',
  accountB: 'PLATFORM_ACCOUNT_B_ID',
  profileA: 'PLATFORM_ACCOUNT_A_PROFILE',
  profileB: 'PLATFORM_ACCOUNT_B_PROFILE',
  roleA: 'PLATFORM_ACCOUNT_A_ROLE_ARN',
  roleB: 'PLATFORM_ACCOUNT_B_ROLE_ARN',
  awsEndpoint: 'PLATFORM_AWS_ENDPOINT',
  northflankPrincipal: 'NORTHFLANK_AWS_PRINCIPAL',
  qtanglPrincipal: 'QTANGL_AWS_PRINCIPAL',
} as const;

const ACCOUNT_ID = /^\d{12}$/;

function opt(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/**
 * The config from environment variables. `emulator` (when given) supplies the
 * defaults for endpoints, ids and principals; explicit variables still win.
 * Fails with one message that lists every missing or malformed variable.
 */
export function platformConfig(
  env: NodeJS.ProcessEnv = process.env,
  emulator?: { readonly info: EmulatorEndpoints; readonly principals: EmulatorPrincipals },
): PlatformConfig {
  const targetRaw = opt(env, ENV.target) ?? 'emulator';
  if (targetRaw !== 'emulator' && targetRaw !== 'vendors') {
    throw new Error(`${ENV.target} must be "emulator" or "vendors", got "${targetRaw}"`);
  }
  const target = targetRaw;
  const problems: string[] = [];
  const required = (name: string, fallback: string | undefined): string => {
    const v = opt(env, name) ?? fallback;
    if (v === undefined) problems.push(`${name} is required when ${ENV.target}=vendors`);
    return v ?? '';
  };
  const onEmulator = target === 'emulator';
  const account = (idVar: string, profileVar: string, roleVar: string, emulated: string): AwsAccountConfig => {
    const accountId = required(idVar, onEmulator ? emulated : undefined);
    if (accountId && !ACCOUNT_ID.test(accountId)) problems.push(`${idVar} must be a 12-digit AWS account id, got "${accountId}"`);
    return { accountId, profile: opt(env, profileVar), assumeRoleArn: opt(env, roleVar) };
  };
  const accounts: [AwsAccountConfig, AwsAccountConfig] = [
    account(ENV.accountA, ENV.profileA, ENV.roleA, EMULATOR_ACCOUNTS[0]),
    account(ENV.accountB, ENV.profileB, ENV.roleB, EMULATOR_ACCOUNTS[1]),
  ];
  if (accounts[0].accountId && accounts[0].accountId === accounts[1].accountId) {
    problems.push(`${ENV.accountA} and ${ENV.accountB} must be two different accounts`);
  }
  const em = onEmulator ? emulator : undefined;
  const config: PlatformConfig = {
    target,
    region: opt(env, ENV.region) ?? 'us-east-1',
    accounts,
    awsEndpoint: opt(env, ENV.awsEndpoint) ?? em?.info.endpoints.aws,
    vendors: {
      p0: { baseUrl: opt(env, 'CLOUDBRIDGE_P0_BASE_URL') ?? em?.info.endpoints.p0, orgId: opt(env, 'CLOUDBRIDGE_P0_ORG_ID') ?? em?.info.ids.p0_org },
      cloudflare: {
        baseUrl: opt(env, 'CLOUDBRIDGE_CLOUDFLARE_BASE_URL') ?? em?.info.endpoints.cloudflare,
        accountId: opt(env, 'CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID') ?? em?.info.ids.cloudflare_account,
      },
      northflank: { baseUrl: opt(env, 'CLOUDBRIDGE_NORTHFLANK_BASE_URL') ?? em?.info.endpoints.northflank },
      avisi: {
        baseUrl: opt(env, 'CLOUDBRIDGE_AVISI_BASE_URL') ?? em?.info.endpoints.avisi,
        organisation: opt(env, 'CLOUDBRIDGE_AVISI_ORGANISATION') ?? em?.info.ids.avisi_organisation,
      },
      qtangl: { baseUrl: opt(env, 'CLOUDBRIDGE_QTANGL_BASE_URL') ?? em?.info.endpoints.qtangl },
    },
    northflankPrincipal: required(ENV.northflankPrincipal, onEmulator ? (em?.principals.northflank ?? EMULATOR_PRINCIPALS.northflank) : undefined),
    qtanglPrincipal: required(ENV.qtanglPrincipal, onEmulator ? (em?.principals.qtangl ?? EMULATOR_PRINCIPALS.qtangl) : undefined),
  };
  if (target === 'vendors') {
    // Against the real vendors the org/account ids are needed at synth or at plan time.
    if (!config.vendors.p0.orgId && !opt(env, 'CLOUDBRIDGE_P0_ORG_ID')) problems.push('CLOUDBRIDGE_P0_ORG_ID is required when PLATFORM_TARGET=vendors');
    if (!config.vendors.cloudflare.accountId) problems.push('CLOUDBRIDGE_CLOUDFLARE_ACCOUNT_ID is required when PLATFORM_TARGET=vendors');
    if (!config.vendors.avisi.organisation) problems.push('CLOUDBRIDGE_AVISI_ORGANISATION is required when PLATFORM_TARGET=vendors');
  }
  if (problems.length > 0) throw new Error(`platform example: ${problems.join('; ')}`);
  return config;
}

async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (err) {
    throw new Error(`cannot reach the emulator at ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Endpoints, ids and vendor principals of the emulator at `url`, from its
 * admin routes (`/_emulator/info`, `/_emulator/state/northflank|qtangl`).
 */
export async function readEmulator(url: string): Promise<{ info: EmulatorEndpoints; principals: EmulatorPrincipals }> {
  const base = url.replace(/\/+$/, '');
  type WithPrincipal = { awsPrincipal?: { arn?: string } };
  const [info, northflank, qtangl] = await Promise.all([
    getJson<EmulatorEndpoints>(`${base}/_emulator/info`),
    getJson<WithPrincipal>(`${base}/_emulator/state/northflank`),
    getJson<WithPrincipal>(`${base}/_emulator/state/qtangl`),
  ]);
  const nf = northflank.awsPrincipal?.arn;
  const qt = qtangl.awsPrincipal?.arn;
  if (!nf || !qt) throw new Error(`the emulator at ${base} does not report the Northflank and Qtangl principals (awsPrincipal in /_emulator/state/...)`);
  return { info, principals: { northflank: nf, qtangl: qt } };
}

/** platformConfig, reading the emulator named by CLOUDBRIDGE_EMULATOR_URL when it is set. */
export async function platformConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<PlatformConfig> {
  const url = opt(env, ENV.emulatorUrl);
  const target = opt(env, ENV.target) ?? 'emulator';
  return platformConfig(env, url && target === 'emulator' ? await readEmulator(url) : undefined);
}
