/**
 * A tiny emulated API used only to test the emulator core (never registered).
 * It stands in as `northflank` with a made-up base path and error shape.
 */
import { parseJsonObject } from '../../src/emulator/body';
import { randomToken } from '../../src/emulator/identities';
import { EmulatorHttpError, type AwsView, type EmulatedApiModule, type EmulatorIdentities } from '../../src/emulator/types';

export interface Widget {
  readonly id: string;
  name: string;
  readonly createdAt: number;
}

export interface ExampleState {
  widgets: Record<string, Widget>;
}

export const exampleModule: EmulatedApiModule<ExampleState> = {
  api: 'northflank',
  basePath: '/v9',
  identity: () => ({ token: randomToken(), ids: { widget_shop: `shop-${randomToken(4)}` } }),
  initialState: (): ExampleState => ({ widgets: {} }),
  authenticate(req, identities: EmulatorIdentities) {
    const header = req.headers['authorization'];
    if (header === undefined) throw new EmulatorHttpError(401, 'missing token');
    if (header !== `Bearer ${identities.tokens.northflank}`) throw new EmulatorHttpError(401, 'bad token', { code: 'AUTH' });
    return 'owner';
  },
  routes: [
    { method: 'GET', path: '/widgets', handler: (req, ctx) => ({ status: 200, json: { data: Object.values(ctx.state.widgets), q: req.query.get('q'), principal: ctx.principal } }) },
    {
      method: 'POST',
      path: '/widgets',
      handler: (req, ctx) => {
        const body = parseJsonObject(req, 'body is not JSON');
        if (typeof body['name'] !== 'string' || body['name'] === '') throw new EmulatorHttpError(422, 'invalid widget', { fields: { name: 'required' } });
        const widget: Widget = { id: ctx.world.randomId(4), name: body['name'], createdAt: ctx.world.now() };
        ctx.state.widgets[widget.id] = widget;
        return { status: 201, json: { data: widget } };
      },
    },
    { method: 'GET', path: '/widgets/special', handler: () => ({ status: 200, json: { special: true } }) },
    {
      method: 'GET',
      path: '/widgets/:id',
      handler: (req, ctx) => {
        const widget = ctx.state.widgets[req.params['id']!];
        if (!widget) throw new EmulatorHttpError(404, `widget ${req.params['id']} not found`);
        return { status: 200, json: { data: widget, route: req.route, path: req.path } };
      },
    },
    {
      method: 'DELETE',
      path: '/widgets/:id',
      handler: (req, ctx) => {
        delete ctx.state.widgets[req.params['id']!];
        return { status: 204 };
      },
    },
    { method: 'GET', path: '/files/*', handler: (req) => ({ status: 200, json: { rest: req.params['*'] } }) },
    { method: 'GET', path: '/teapot', handler: () => ({ status: 418, text: 'short and stout', headers: { 'x-example-request-id': 'fixed' } }) },
    {
      method: 'GET',
      path: '/boom',
      handler: () => {
        throw new TypeError('handler bug');
      },
    },
    { method: 'GET', path: '/time', handler: (_req, ctx) => ({ status: 200, json: { now: ctx.world.now() } }) },
    {
      method: 'GET',
      path: '/roles/:account/:name',
      handler: (req, ctx) => {
        const role = ctx.world.aws.getRole(req.params['account']!, req.params['name']!);
        if (!role) throw new EmulatorHttpError(404, 'no such role');
        return { status: 200, json: { arn: role.arn } };
      },
    },
  ],
  errorResponse: (status, message, requestId, details) => ({
    status,
    json: { error: { status, message, details: details ?? null } },
    headers: { 'x-example-request-id': requestId },
  }),
};

/** A stand-in `aws` module with one role per state entry, to test `world.aws`. */
export interface FakeAwsState {
  roles: { accountId: string; roleName: string }[];
}

export const fakeAwsModule: EmulatedApiModule<FakeAwsState> = {
  api: 'aws',
  basePath: '',
  initialState: () => ({ roles: [{ accountId: '111122223333', roleName: 'seeded' }] }),
  authenticate: () => 'any',
  routes: [],
  errorResponse: (status, message) => ({ status, text: `<Error><Message>${message}</Message></Error>`, contentType: 'text/xml' }),
  view(state): Partial<{ aws: AwsView }> {
    const find = (accountId: string, roleName: string) => {
      const role = state.roles.find((r) => r.accountId === accountId && r.roleName === roleName);
      return role && { ...role, arn: `arn:aws:iam::${accountId}:role/${roleName}`, trustPolicy: {}, inlinePolicies: {}, attachedPolicyArns: [] };
    };
    return {
      aws: {
        getRole: find,
        getRoleByArn: (arn) => {
          const m = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(arn);
          return m ? find(m[1]!, m[2]!) : undefined;
        },
      },
    };
  },
};
