/** GetProviderSchema, ValidateProviderConfig's schema side, and ConfigureProvider. */
import type { ProviderSchemas, Schema } from '../../protocol/service';
import { blockAttributes, type VendorBlock } from '../provider-config';
import { dataSourceSchema, resourceSchema, schemaAttributes } from '../schema';
import type { Registry } from './registry';

/** The provider block schema: one optional single-nested block per vendor. */
export function providerSchema(blocks: readonly VendorBlock[]): Schema {
  return {
    version: 0,
    block: {
      attributes: [],
      blockTypes: blocks.map((b) => ({
        typeName: b.name,
        nesting: 'single' as const,
        block: {
          attributes: schemaAttributes(blockAttributes(b)),
          description: `${b.title} settings. Each falls back to the environment variable \`CLOUDBRIDGE_${b.name.toUpperCase()}_<ATTRIBUTE>\`.`,
          descriptionKind: 'markdown' as const,
        },
      })),
      description: 'cloudbridge manages SaaS vendors\' cloud integrations. Configure one block per vendor you use.',
      descriptionKind: 'markdown',
    },
  };
}

/** Every type's schema (this loads every type). */
export function providerSchemas(registry: Registry): ProviderSchemas {
  const resourceSchemas: Record<string, Schema> = {};
  for (const name of registry.resourceNames()) resourceSchemas[name] = resourceSchema(registry.resource(name)!.type.spec);
  const dataSourceSchemas: Record<string, Schema> = {};
  for (const name of registry.dataSourceNames()) dataSourceSchemas[name] = dataSourceSchema(registry.dataSource(name)!.type.spec);
  return { provider: providerSchema(registry.blocks), resourceSchemas, dataSourceSchemas };
}
