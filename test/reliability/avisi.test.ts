/**
 * Avisi Cloud through the reliability scenarios (scenarios.ts): cloud accounts
 * on the `dummy` profile, each with dummy credentials. Both names may repeat at
 * Avisi (cloudbridge keeps them unique unless `allow_duplicate_names = true`);
 * every create carries a token in `metadata`, its proof after a lost answer.
 */
import type { AvisiEmulatorState } from '../../src/vendors/avisi/emulator';
import { CREATE_TOKEN_KEY } from '../../src/vendors/avisi/define';
import { reliabilitySuite, tally } from './scenarios';
import { Meter, errors, expectExit, fault, importAdvice, total, type RemoteObject, type VendorProfile } from './support';
import { duplicateNamesScenario } from './duplicates';

const ACCOUNT_TYPE = 'cloudbridge_avisi_cloud_account';
const CREDENTIALS_TYPE = 'cloudbridge_avisi_cloud_credentials';
const label = (name: string): string => name.toLowerCase().replace(/\s+/g, '_');
const BASE = '/api/v1/orgs/:organisationSlug/cloud-accounts';
const ACCOUNT = `${BASE}/:cloudAccountIdentity`;
const CREDENTIALS_NAME = 'terraform key';

function credentialsHcl(name: string, accountIdentity: string): string {
  return `resource "${CREDENTIALS_TYPE}" "${label(name)}" {
  cloud_account_identity = ${accountIdentity}
  cloud_type             = "dummy"
  display_name           = "${CREDENTIALS_NAME}"
}
`;
}

const profile: VendorProfile = {
  vendor: 'avisi',
  title: 'Avisi Cloud',
  names: ['Rel Alpha', 'Rel Beta', 'Rel Gamma', 'Rel Delta'],
  hcl: (names, options = {}) =>
    names
      .map(
        (name) => `resource "${ACCOUNT_TYPE}" "${label(name)}" {
  cloud_profile = "dummy"
  display_name  = "${name}"${options.label ? `\n  metadata      = { team = "${options.label}" }` : ''}${options.allowDuplicates ? '\n  allow_duplicate_names = true' : ''}
}
${credentialsHcl(name, `${ACCOUNT_TYPE}.${label(name)}.identity`)}`,
      )
      .join('\n'),
  resources: (name) => [
    { address: `${ACCOUNT_TYPE}.${label(name)}`, objectName: `account ${name}` },
    { address: `${CREDENTIALS_TYPE}.${label(name)}`, objectName: `credentials ${name} / ${CREDENTIALS_NAME}` },
  ],
  create: { method: 'POST', path: BASE },
  read: { method: 'GET', path: BASE },
  // Reads are coalesced: a refresh lists the accounts (src/http/collection.ts).
  refresh: { method: 'GET', path: BASE },
  objects: (em) => {
    const state = em.state<AvisiEmulatorState>('avisi');
    const accountName = (identity: string): string => state.accounts.find((a) => a.identity === identity)?.displayName ?? identity;
    return [
      ...state.accounts.map((record): RemoteObject => ({ key: record.identity, name: `account ${record.displayName}`, record })),
      ...state.credentials.map((record): RemoteObject => ({
        key: record.identity,
        name: `credentials ${accountName(record.cloudAccountIdentity)} / ${record.displayName ?? ''}`,
        record,
      })),
    ];
  },
  describedAs: (o) => `"${o.name.replace(/^account /, '')}" (${o.key})`,
  importId: (o) => o.key,
  onLostAnswer: 'report',
};

reliabilitySuite(profile, (ctx) => {
  duplicateNamesScenario(ctx);
  const { em } = ctx;
  const credentialsRoute = { method: 'POST', path: `${ACCOUNT}/credentials/:cloudType` };
  const credentials = (): RemoteObject[] => profile.objects(em).filter((o) => o.name.startsWith('credentials '));

  ctx.scenario('8-credentials', 'credentials: a lost create answer is adopted by its token; the same name in another state\'s account is refused with the import', async () => {
    await ctx.begin();
    const owner = ctx.a();
    const other = ctx.b();
    owner.fresh(profile.hcl(['Rel Alpha']));
    fault(em, 'avisi', credentialsRoute, { after: true, reset: true });
    const m = new Meter(em, 'avisi');
    expectExit(await owner.apply(), 0);
    expect(m.calls()[`POST ${credentialsRoute.path}`]).toBe(1);
    expect(tally(credentials())).toEqual({ 'credentials Rel Alpha / terraform key': 1 });
    const held = credentials()[0]!;
    const record = held.record as AvisiEmulatorState['credentials'][number];
    // The token stays with Avisi and never reaches the plan or state.
    expect(Object.keys(record.metadata)).toEqual([CREATE_TOKEN_KEY]);
    expect(owner.ws.stateFile()).not.toContain(CREATE_TOKEN_KEY);
    expect((await owner.plan()).code).toBe(0);

    // Another state puts credentials of the same name into the owner's account.
    other.fresh(credentialsHcl('intruder', JSON.stringify(record.cloudAccountIdentity)));
    const r = await other.apply();
    expectExit(r, 1);
    const errs = errors(r);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.summary).toBe(`The Avisi dummy credentials "${CREDENTIALS_NAME}" (${held.key}) in cloud account ${record.cloudAccountIdentity} already exist`);
    expect(importAdvice(errs[0]!).id).toBe(`${record.cloudAccountIdentity}/${held.key}`);
    expectExit(await other.destroy(), 0);
    expect(credentials().map((c) => JSON.stringify(c.record))).toEqual([JSON.stringify(held.record)]);
    expect((await owner.plan()).code).toBe(0);
    ctx.record({
      id: '8-credentials',
      scenario: 'Credentials: the create is committed, then its answer is lost; then another state configures credentials of the same name in this account',
      expected: 'The credentials adopted by their create token; the other state refused with the import; the owner untouched, its plan clean',
      observed: `apply exit 0 after 1 credentials create (adopted by its token, which stays out of state); other state: apply exit 1 ("${errs[0]!.summary}"), destroy exit 0; owner's plans: no changes`,
      calls: total(m.calls()),
      objects: `${profile.objects(em).length} (1 account, 1 credentials, no duplicate)`,
      durationMs: m.elapsedMs(),
    });
  });
});
