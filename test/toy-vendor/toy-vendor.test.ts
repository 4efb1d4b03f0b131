/**
 * A vendor is one folder plus one line in each composition root: the toy
 * vendor (this folder) joins the provider and the emulator through the
 * test-only roots in roots.ts, and works end to end through the real
 * terraform — schema, provider block and environment, create with proof of
 * ownership, plan, update, import, destroy — while src/ knows nothing of it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createProvider } from '../../src/provider';
import { tokenOf } from '../../src/emulator/types';
import { expectOk, plannedActions, Workspace } from '../acceptance/harness';
import { withEmulator } from '../support/emulator';
import { TOY_PROVIDER_MODULES, toyEmulatedApis } from './roots';
import type { ToyState } from './emulator';

const em = withEmulator({ modules: toyEmulatedApis() });
const ROOT = path.resolve(__dirname, '..', '..');

function env(): Record<string, string> {
  return { CLOUDBRIDGE_TOY_BASE_URL: em.endpoints['toy']!, CLOUDBRIDGE_TOY_API_TOKEN: tokenOf(em.identities, 'toy') };
}

const hcl = (color: string) => `
terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}
resource "cloudbridge_toy_widget" "w" {
  name  = "blue-one"
  color = "${color}"
}
`;

describe('the toy vendor in the composition roots', () => {
  it('adds its provider block (with the shared settings) and its resource to the schema', () => {
    const schema = createProvider({}, TOY_PROVIDER_MODULES).getProviderSchema();
    const toy = schema.provider.block.blockTypes!.find((b) => b.typeName === 'toy')!;
    expect(toy.block.attributes!.map((a) => a.name)).toEqual(['base_url', 'max_retries', 'requests_per_minute', 'api_token']);
    expect(Object.keys(schema.resourceSchemas)).toContain('cloudbridge_toy_widget');
    // The shipped provider does not have it.
    expect(Object.keys(createProvider({}).getProviderSchema().resourceSchemas)).not.toContain('cloudbridge_toy_widget');
  });

  it('adds its API, token and endpoint to the emulator', () => {
    expect(em.endpoints['toy']).toBe(`${em.url}/toy`);
    expect(tokenOf(em.identities, 'toy')).toMatch(/^[A-Za-z0-9_-]{40}$/);
  });

  it('is not named anywhere in src/', () => {
    const named: string[] = [];
    for (const e of fs.readdirSync(path.join(ROOT, 'src'), { withFileTypes: true, recursive: true })) {
      if (e.isFile() && /\.ts$/.test(e.name) && /\btoy\b/i.test(fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'))) named.push(e.name);
    }
    expect(named).toEqual([]);
  });
});

describe('the toy vendor through the real terraform', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create({ compositionRoot: path.join(__dirname, 'provider-root.ts'), files: { 'main.tf': hcl('blue') }, env: env() });
    await ws.init();
  });
  afterAll(async () => {
    await ws?.cleanup();
  });
  const widgets = () => em.state<ToyState>('toy').widgets;

  it('creates, with a lost answer adopted by proof, and plans clean', async () => {
    em.addFault({ vendor: 'toy', method: 'POST', path: '/widgets', reset: true, after: true });
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    expect(Object.keys(widgets())).toEqual(['blue-one']);
    expect(await plannedActions(ws)).toEqual({});
  });

  it('updates in place, imports with a clean plan, and destroys', async () => {
    ws.write('main.tf', hcl('red'));
    expect(await plannedActions(ws)).toEqual({ 'cloudbridge_toy_widget.w': 'update' });
    expectOk(await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color']));
    expect(widgets()['blue-one']!.color).toBe('red');
    expectOk(await ws.tf(['state', 'rm', 'cloudbridge_toy_widget.w']));
    expectOk(await ws.tf(['import', '-input=false', '-no-color', 'cloudbridge_toy_widget.w', 'blue-one']));
    expect(await plannedActions(ws)).toEqual({});
    expectOk(await ws.tf(['destroy', '-auto-approve', '-input=false', '-no-color']));
    expect(widgets()).toEqual({});
  });

  it('refuses to take over a widget it did not make, and says how to import it', async () => {
    em.state<ToyState>('toy').widgets['blue-one'] = { name: 'blue-one', color: 'red', createdAt: '2020-01-01T00:00:00.000Z' };
    const r = await ws.tf(['apply', '-auto-approve', '-input=false', '-no-color', '-json']);
    expect(r.code).toBe(1);
    const error = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.summary).toBe('The toy widget "blue-one" already exists');
    expect(error.detail).toContain('import {\n    to = <address>\n    id = "blue-one"\n  }');
    expect(error.detail).toContain('terraform import <address> blue-one');
    expect(widgets()['blue-one']).toEqual({ name: 'blue-one', color: 'red', createdAt: '2020-01-01T00:00:00.000Z' });
  });
});
