/** Docs of the real provider, rendered in memory (scripts/generate-docs.ts writes them; a test compares). */
import { renderDocs, type ProviderBlockDoc } from './framework/docs';
import { blockAttributes, envVarName } from './framework/provider-config';
import { createProvider } from './provider';
import { VENDOR_MODULES } from './vendors';

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function providerDescription(): string {
  return `The cloudbridge provider manages SaaS vendors' cloud integrations as code: ${listOf(VENDOR_MODULES.map((m) => m.block.title))}. Pair it with \`hashicorp/aws\` for the IAM roles those vendors need.

Every block of the provider configuration is optional: configure the vendors you use.`;
}

function providerExample(): string {
  const blocks = VENDOR_MODULES.map((m) => m.block.example.replace(/^/gm, '  ')).join('\n');
  return `terraform {\n  required_providers {\n    cloudbridge = { source = "cloudbridge/cloudbridge" }\n  }\n}\n\nprovider "cloudbridge" {\n${blocks}\n}`;
}

/** The provider blocks as the docs describe them: each vendor module's, with the shared settings. */
export function providerBlockDocs(): ProviderBlockDoc[] {
  return VENDOR_MODULES.map(({ block }) => ({
    name: block.name,
    title: block.title,
    attributes: blockAttributes(block),
    envVarPrefix: envVarName(block.name, ''),
  }));
}

export function providerDocs(): Map<string, string> {
  const provider = createProvider({});
  return renderDocs({
    providerName: 'cloudbridge',
    providerDescription: providerDescription(),
    providerExample: providerExample(),
    providerBlocks: providerBlockDocs(),
    resources: [...provider.resources.values()],
    dataSources: [...provider.dataSources.values()],
  });
}
