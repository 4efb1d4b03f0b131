/** The toy API's emulator: bearer auth, widgets by name, 409 on a taken name. */
import { parseJsonObject } from '../../src/emulator/body';
import { randomToken } from '../../src/emulator/identities';
import { EmulatorHttpError, tokenOf, type EmulatedApiModule } from '../../src/emulator/types';

interface ToyWidget {
  name: string;
  color: string;
  createdAt: string;
}

export interface ToyState {
  widgets: Record<string, ToyWidget>;
}

export const toyEmulator: EmulatedApiModule<ToyState> = {
  api: 'toy',
  basePath: '',
  identity: () => ({ token: randomToken() }),
  initialState: () => ({ widgets: {} }),
  authenticate(req, identities) {
    if (req.headers['authorization'] !== `Bearer ${tokenOf(identities, 'toy')}`) throw new EmulatorHttpError(401, 'bad token');
    return 'owner';
  },
  routes: [
    {
      method: 'POST',
      path: '/widgets',
      handler: (req, ctx) => {
        const body = parseJsonObject(req, 'body is not JSON');
        const name = body['name'];
        const color = body['color'];
        if (typeof name !== 'string' || typeof color !== 'string') throw new EmulatorHttpError(400, 'name and color are required');
        if (ctx.state.widgets[name]) throw new EmulatorHttpError(409, `widget ${name} exists`);
        const widget = { name, color, createdAt: new Date(ctx.world.now()).toISOString() };
        ctx.state.widgets[name] = widget;
        return { status: 201, json: { widget } };
      },
    },
    {
      method: 'GET',
      path: '/widgets/:name',
      handler: (req, ctx) => {
        const widget = ctx.state.widgets[req.params['name']!];
        if (!widget) throw new EmulatorHttpError(404, 'no such widget');
        return { status: 200, json: { widget } };
      },
    },
    {
      method: 'PUT',
      path: '/widgets/:name',
      handler: (req, ctx) => {
        const widget = ctx.state.widgets[req.params['name']!];
        if (!widget) throw new EmulatorHttpError(404, 'no such widget');
        const color = parseJsonObject(req, 'body is not JSON')['color'];
        if (typeof color !== 'string') throw new EmulatorHttpError(400, 'color is required');
        widget.color = color;
        return { status: 200, json: { widget } };
      },
    },
    {
      method: 'DELETE',
      path: '/widgets/:name',
      handler: (req, ctx) => {
        if (!ctx.state.widgets[req.params['name']!]) throw new EmulatorHttpError(404, 'no such widget');
        delete ctx.state.widgets[req.params['name']!];
        return { status: 204 };
      },
    },
  ],
  errorResponse: (status, message) => ({ status, json: { message } }),
};
