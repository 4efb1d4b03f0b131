/** `cloudbridge_toy_widget`: declared like every resource, created through the ownership mechanism. */
import { attrs, str } from '../../src/framework/attributes';
import { importId } from '../../src/framework/importers';
import { createOwned, inWindow, vendorTime } from '../../src/framework/ownership';
import { requiresReplace, useStateForUnknown } from '../../src/framework/plan-modifiers';
import { withClient } from '../../src/framework/resource';
import { matches, oneOf } from '../../src/framework/validators';
import type { ToyClient, Widget } from './client';

const { defineResource } = withClient<ToyClient>();

const schema = attrs({
  name: str({ required: true, description: 'The widget name, also its id.', validators: [matches(/^[a-z][a-z0-9-]{1,30}$/, 'must be 2–31 lowercase letters, digits or hyphens')], planModifiers: [requiresReplace()] }),
  color: str({ required: true, description: 'Its color.', validators: [oneOf(['red', 'green', 'blue'])] }),
  created_at: str({ computed: true, description: 'When it was made.', planModifiers: [useStateForUnknown()] }),
});

const toState = (w: Widget) => ({ name: w.name, color: w.color, created_at: w.createdAt });

export const widgetResource = defineResource({
  typeName: 'cloudbridge_toy_widget',
  description: 'A toy widget.',
  schema,
  importer: importId('name', '<name>', 'blue-one', /^[a-z][a-z0-9-]{1,30}$/),
  async create({ config }, ctx) {
    const made = await createOwned(ctx, {
      noun: 'toy widget',
      describe: (w) => `"${w.name}"`,
      importId: (w) => w.name,
      key: (w) => w.name,
      holders: async () => {
        const found = await ctx.client.findWidget(config.name, ctx.signal);
        return found ? [found] : [];
      },
      exclusive: true,
      uniqueIdentity: true,
      create: () => ctx.client.createWidget(config.name, config.color, ctx.signal),
      proves: (w, attempt) => w.color === config.color && inWindow(vendorTime(w.createdAt), attempt.window),
    });
    return toState(made);
  },
  async read({ state }, ctx) {
    const found = await ctx.client.findWidget(state.name, ctx.signal);
    return found ? toState(found) : null;
  },
  async update({ config }, ctx) {
    return toState(await ctx.client.recolor(config.name, config.color, ctx.signal));
  },
  async delete({ state }, ctx) {
    await ctx.client.deleteWidget(state.name, ctx.signal);
  },
  example: 'resource "cloudbridge_toy_widget" "w" {\n  name  = "blue-one"\n  color = "blue"\n}',
});
