/**
 * Test-only resource and data source that exercise the framework end to end.
 * Never registered in the real provider: the acceptance tests bundle it
 * through their own composition root (test/support/test-provider.ts), and unit
 * tests pass it to createFrameworkProvider directly.
 *
 * The "remote API" is a JSON file named by CLOUDBRIDGE_TEST_STATE_FILE (or
 * memory when unset), so tests can inspect what the provider sent and make
 * drift out of band.
 */
import * as fs from 'node:fs';
import type * as Framework from '../../src/framework';

export interface RemoteThing {
  id: string;
  name: string;
  description: string | null;
  size: number;
  token: string | null;
  tags: Record<string, string> | null;
  /** What the provider received as the write-only secret (to prove it was delivered). */
  secret_wo: string | null;
  secret_wo_version: number | null;
}
export interface RemoteFile {
  things: Record<string, RemoteThing>;
  events: string[];
  nextId: number;
}

export function remoteStore(file: string | undefined) {
  let memory: RemoteFile = { things: {}, events: [], nextId: 1 };
  return {
    load(): RemoteFile {
      if (!file) return memory;
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as RemoteFile;
      } catch {
        return { things: {}, events: [], nextId: 1 };
      }
    },
    save(data: RemoteFile): void {
      if (!file) {
        memory = data;
        return;
      }
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 2));
      fs.renameSync(`${file}.tmp`, file);
    },
  };
}

export default function testVendor(fw: typeof Framework, env: NodeJS.ProcessEnv = process.env): Framework.ProviderModule {
  const { attrs, str, num, bool, map, obj, lengthBetween, matches, oneOf, requiresReplace, useStateForUnknown, importId, requiredWith } = fw;
  const store = remoteStore(env.CLOUDBRIDGE_TEST_STATE_FILE);
  const event = (e: string) => {
    const d = store.load();
    d.events.push(e);
    store.save(d);
  };

  const schema = attrs({
    id: str({ computed: true, description: 'Assigned by the fake API.', planModifiers: [useStateForUnknown()] }),
    name: str({
      required: true,
      description: 'Name; changing it replaces the thing.',
      validators: [lengthBetween(3, 20), matches(/^[a-z][a-z0-9-]*$/, 'must start with a letter and use only a-z, 0-9 and -')],
      planModifiers: [requiresReplace()],
    }),
    description: str({ optional: true, description: 'Free text; updates in place.' }),
    size: num({ optional: true, default: 1, description: 'A number with a default.' }),
    kind: str({ optional: true, default: 'small', validators: [oneOf(['small', 'large'])], description: 'Kind.' }),
    token: str({ optional: true, sensitive: true, description: 'A sensitive value kept in state.' }),
    secret_wo: str({ optional: true, writeOnly: true, description: 'A write-only secret; never stored.' }),
    secret_wo_version: num({ optional: true, description: 'Bump to send `secret_wo` again.' }),
    tags: map('string', { optional: true, description: 'Tags.' }),
    slow: bool({ optional: true, description: 'When true, create waits until Terraform stops the provider.' }),
    details: obj(
      { created_by: str({ computed: true }), revision: num({ computed: true }) },
      { computed: true, description: 'Computed nested object.' },
    ),
  });

  type State = Framework.StateObject<typeof schema>;
  const toState = (t: RemoteThing, slow: boolean | null, revision: number): State => ({
    id: t.id,
    name: t.name,
    description: t.description,
    size: t.size,
    kind: t.size > 10 ? 'large' : 'small',
    token: t.token,
    secret_wo_version: t.secret_wo_version,
    tags: t.tags,
    slow,
    details: { created_by: 'cloudbridge-test', revision },
  });

  const thing = fw.defineResource({
    typeName: 'cloudbridge_test_thing',
    description: 'A thing kept in a local JSON file. **Test only.**',
    schema,
    importer: importId('id', '<id>', 'thing-1', /^thing-\d+$/),
    timeouts: { create: '2m', delete: '1m' },
    validators: [requiredWith('secret_wo', 'secret_wo_version')],
    async create({ config, plan }, ctx) {
      if (config.slow) {
        event('create:slow-start');
        ctx.logger.info('slow create: waiting until stopped');
        try {
          await ctx.sleep(ctx.timeout);
        } catch (err) {
          event('create:cancelled');
          throw err;
        }
      }
      const d = store.load();
      const t: RemoteThing = {
        id: `thing-${d.nextId++}`,
        name: config.name,
        description: config.description,
        size: plan.size,
        token: config.token,
        tags: config.tags,
        secret_wo: config.secret_wo,
        secret_wo_version: config.secret_wo_version,
      };
      d.things[t.id] = t;
      d.events.push(`create:${t.id}`);
      store.save(d);
      return { ...toState(t, config.slow, 1), kind: plan.kind };
    },
    async read({ state }) {
      const t = store.load().things[state.id];
      if (!t) return null;
      return { ...toState(t, state.slow, state.details?.revision ?? 1), kind: state.kind ?? 'small' };
    },
    async update({ config, plan, state }) {
      const d = store.load();
      const t = d.things[state.id];
      if (!t) throw new Error(`thing ${state.id} vanished`);
      Object.assign(t, { description: config.description, size: plan.size, token: config.token, tags: config.tags });
      if (config.secret_wo_version !== state.secret_wo_version) Object.assign(t, { secret_wo: config.secret_wo, secret_wo_version: config.secret_wo_version });
      d.events.push(`update:${t.id}`);
      store.save(d);
      return { ...toState(t, config.slow, (state.details?.revision ?? 1) + 1), kind: plan.kind };
    },
    async delete({ state }) {
      const d = store.load();
      delete d.things[state.id];
      d.events.push(`delete:${state.id}`);
      store.save(d);
    },
    example: `resource "cloudbridge_test_thing" "example" {
  name = "example"
}`,
  });

  const info = fw.defineDataSource({
    typeName: 'cloudbridge_test_thing_info',
    description: 'Looks a thing up by name. **Test only.**',
    schema: attrs({
      name: str({ required: true, description: 'Name to look up.' }),
      id: str({ computed: true, nullable: true, description: 'The thing id, or null.' }),
      description: str({ computed: true, nullable: true }),
    }),
    async read({ config }) {
      const t = Object.values(store.load().things).find((x) => x.name === config.name);
      return { name: config.name, id: t?.id ?? null, description: t?.description ?? null };
    },
    example: `data "cloudbridge_test_thing_info" "x" {
  name = "example"
}`,
  });

  return fw.defineNeutralModule({ resources: [thing], dataSources: [info] });
}
