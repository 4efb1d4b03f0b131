/** Docs of the real provider, rendered in memory (scripts/generate-docs.ts writes them; a test compares). */
import { renderDocs } from './framework/docs';
import { createProvider } from './provider';
import { VENDOR_MODULES } from './vendors';

function providerExample(): string {
  const blocks = VENDOR_MODULES.map((m) => m.block.example.replace(/^/gm, '  ')).join('\n');
  return `terraform {\n  required_providers {\n    cloudbridge = { source = "cloudbridge/cloudbridge" }\n  }\n}\n\nprovider "cloudbridge" {\n${blocks}\n}`;
}

export function providerDocs(): Map<string, string> {
  const provider = createProvider({});
  return renderDocs({
    providerName: 'cloudbridge',
    blocks: VENDOR_MODULES.map((m) => m.block),
    resources: [...provider.resources.values()],
    dataSources: [...provider.dataSources.values()],
    providerExample: providerExample(),
  });
}
