/**
 * P0's model.ts (what the provider validates) and the emulator, both held
 * against the oracle transcribed from the page and FACTS.md (test/oracle/p0.ts).
 */
import { awsBaseDataSource } from '../../src/vendors/p0/base-data-source';
import { AWS_ACCOUNT_ID_PATTERN, AWS_PARTITIONS, P0_COMPONENTS, P0_ITEM_STATES, itemIdProblem } from '../../src/vendors/p0/model';
import { moduleTypes, withEmulator } from '../support/emulator';
import { call, fill, validatedAttributes, verdicts } from './hold';
import type { Cited, RouteFact } from './sources';
import { p0Oracle as oracle } from './p0';
import p0 from '../../src/vendors/p0';

const accountId = new RegExp(oracle.patterns.accountId.value);
const ID_SAMPLES = ['123456789012', '12345678901', '1234567890123', '12345678901a', ' 123456789012'];

describe('model.ts and the provider’s validators', () => {
  it('components (base aside, P0 creates it), states and partitions are the documented sets', () => {
    expect(['base', ...P0_COMPONENTS]).toEqual(oracle.enums.component.value);
    expect([...P0_ITEM_STATES]).toEqual(oracle.enums.state.value);
    expect([...AWS_PARTITIONS]).toEqual(oracle.enums.awsPartition.value);
  });

  it('an item id is a 12-digit account id, as the page says (the function caller’s is a Lambda ARN, FACTS.md)', () => {
    for (const id of ID_SAMPLES) expect({ id, model: AWS_ACCOUNT_ID_PATTERN.test(id) }).toEqual({ id, model: accountId.test(id) });
    for (const component of P0_COMPONENTS.filter((c) => c !== 'function-caller')) {
      for (const id of ID_SAMPLES) expect({ component, id, valid: itemIdProblem(component, id) === null }).toEqual({ component, id, valid: accountId.test(id) });
    }
    expect(itemIdProblem('function-caller', '123456789012')).not.toBeNull();
    expect(itemIdProblem('function-caller', 'arn:aws:lambda:us-east-1:123456789012:function:p0-caller')).toBeNull();
    expect(verdicts(awsBaseDataSource.schema, 'account_id', ID_SAMPLES).accepted).toEqual(ID_SAMPLES.filter((id) => accountId.test(id)));
  });
});

/** How each attribute the provider validates is held: the oracle (account id, partition), or an assumption in emulator-assumptions.ts. */
function howChecked(key: string): string {
  if (key.endsWith('.account_id')) return 'oracle: patterns.accountId';
  if (key.endsWith('.partition')) return 'oracle: enums.awsPartition';
  if (/\.(function_arn|access_analyzer_arn|cloud_lake_arn)$/.test(key)) return 'assumption: ARN_FORMATS_SOURCE';
  if (key.includes('.login')) return 'assumption: LOGIN_TYPES_SOURCE';
  return 'unaccounted';
}

it('accounts for every attribute the provider validates, and holds account ids and partitions to the oracle', () => {
  const definitions = moduleTypes(p0);
  const validated = validatedAttributes(definitions);
  expect(validated.filter((key) => howChecked(key) === 'unaccounted')).toEqual([]);
  for (const key of validated) {
    const [typeName, attribute] = [key.slice(0, key.indexOf('.', 'cloudbridge_p0_'.length)), key.slice(key.indexOf('.', 'cloudbridge_p0_'.length) + 1)];
    const schema = definitions.find((d) => d.typeName === typeName)!.schema;
    if (howChecked(key) === 'oracle: patterns.accountId') expect({ key, accepted: verdicts(schema, attribute, ID_SAMPLES).accepted }).toEqual({ key, accepted: ID_SAMPLES.filter((id) => accountId.test(id)) });
    if (howChecked(key) === 'oracle: enums.awsPartition') expect({ key, ...verdicts(schema, attribute, [...oracle.enums.awsPartition.value, 'aws-cn']) }).toEqual({ key, accepted: oracle.enums.awsPartition.value, refused: ['aws-cn'] });
  }
});

describe('the emulator', () => {
  const em = withEmulator({ resetBeforeEach: true });
  const auth = () => ({ authorization: `Bearer ${em.tokens.p0}` });
  const url = (template: string, id = '123456789012') => `${em.endpoints.p0}${fill(template, { orgId: em.ids.p0_org, id })}`;
  const routes: Readonly<Record<string, Cited<RouteFact>>> = oracle.routes;

  it('answers every documented route with a documented status; components without a role verify and configure', async () => {
    const got: Record<string, number> = {};
    const allowed: Record<string, number[]> = {};
    const run = async (name: keyof typeof routes, body?: unknown, id?: string) => {
      const route = routes[name]!.value;
      const res = await call(url(route.path, id), route.method, auth(), body);
      got[name] = res.status;
      allowed[name] = [route.status!, ...(route.errors ?? [])];
      return res;
    };
    await run('create');
    await run('readAll');
    for (const component of P0_COMPONENTS) {
      const id = component === 'function-caller' ? 'arn:aws:lambda:us-east-1:123456789012:function:p0-caller' : '123456789012';
      await run(`${component}.stage` as keyof typeof routes, {}, id);
      // The base component exists once the first component is staged.
      if (component === P0_COMPONENTS[0]) await run('base.get');
      const item = await run(`${component}.get` as keyof typeof routes, undefined, id);
      expect(Object.keys(item.json as object)).toEqual(expect.arrayContaining(oracle.fields.itemResponse.value.filter((k) => k !== 'metadata' || component !== 'inventory')));
      expect(oracle.enums.state.value).toContain((item.json as { item: { state: string } }).item.state);
      await run(`${component}.verify` as keyof typeof routes, { state: 'stage' }, id);
      await run(`${component}.configure` as keyof typeof routes, component === 'iam-write' ? { state: 'configure', login: { type: 'iam', identity: { type: 'email' } } } : { state: 'configure' }, id);
      await run(`${component}.delete` as keyof typeof routes, undefined, id);
    }
    await run('deleteAll');
    expect(Object.keys(got).filter((name) => !allowed[name]!.includes(got[name]!)).map((name) => `${name}: ${got[name]}`)).toEqual([]);
    expect(Object.keys(got).sort()).toEqual(Object.keys(routes).sort());
    // Inventory needs nothing in AWS: its verify and configure succeed outright.
    expect([got['inventory.verify'], got['inventory.configure']]).toEqual([200, 200]);
  });

  it('refuses an item id that is not 12 digits, and a verify body whose state is not "stage", with 400', async () => {
    await call(url(routes['create']!.value.path), 'POST', auth());
    expect((await call(url(routes['inventory.stage']!.value.path, '12345'), 'PUT', auth(), {})).status).toBe(400);
    await call(url(routes['inventory.stage']!.value.path), 'PUT', auth(), {});
    const wrongState = await call(url(routes['inventory.verify']!.value.path), 'POST', auth(), { state: 'configure' });
    expect(wrongState.status).toBe(400);
    expect(oracle.enums['verifyBody.state'].value).toEqual(['stage']);
  });
});
