/**
 * The P0 module as `cloudbridge emulate` serves it: registered in the
 * emulator core, at `endpoints.p0`, with the token and org id the JSON line
 * prints, persisted state and reset.
 */
import { ApiError } from '../../src/http/errors';
import { P0Client } from '../../src/vendors/p0/client';
import { withEmulator } from '../support/emulator';

const em = withEmulator();
const ACCOUNT = '123456789012';

function client(token = em.tokens.p0): P0Client {
  return new P0Client({ baseUrl: em.endpoints.p0, apiToken: token, orgId: em.ids.p0_org, userAgent: 'cloudbridge-test', retry: { maxAttempts: 1 } });
}

it('serves the P0 API at endpoints.p0 with the printed token and org id', async () => {
  expect(em.endpoints.p0).toBe(`${em.url}/p0`);
  const c = client();
  expect(await c.ensureConfig()).toBe('created');
  const staged = await c.stageItem('inventory', ACCOUNT, { label: 'prod' });
  expect(staged).toEqual({ item: { label: 'prod', state: 'stage' }, role: null });
  expect((await c.verifyItem('inventory', ACCOUNT)).item.state).toBe('configure');
  expect((await c.configureItem('inventory', ACCOUNT)).item.state).toBe('installed');
  const config = await c.getConfig();
  expect(config.inventory).toEqual({ [ACCOUNT]: { label: 'prod', state: 'installed' } });
  expect(config.base?.[ACCOUNT]?.serviceAccountId).toMatch(/^\d{21}$/);
});

it('answers 401 in P0\'s error shape with a request id for a wrong token', async () => {
  try {
    await client('not-the-token').getConfig();
    throw new Error('expected 401');
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect((err as ApiError).vendorMessage).toBe('Unauthorized: invalid API token');
    expect((err as ApiError).requestId).toBeTruthy();
  }
});

it('verify fails with P0\'s message when the role is missing in the emulated AWS', async () => {
  const c = client();
  await c.ensureConfig();
  await c.stageItem('iam-write', '210987654321');
  await expect(c.verifyItem('iam-write', '210987654321')).rejects.toMatchObject({
    status: 400,
    vendorMessage: 'AWS verification failed: role "P0RoleIamManager" does not exist in AWS account 210987654321',
  });
});

it('answers unknown P0 routes with 404 in P0\'s error shape', async () => {
  const res = await fetch(`${em.endpoints.p0}/o/${em.ids.p0_org}/integrations/gcp/config`, { headers: { authorization: `Bearer ${em.tokens.p0}` } });
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ error: expect.any(String) });
});

it('reset empties the P0 state', async () => {
  await client().ensureConfig();
  await em.reset();
  expect(await client().findConfig()).toBeNull();
});
