/** Docs of the real provider, rendered in memory (scripts/generate-docs.ts writes them; a test compares). */
import { renderDocs, type ProviderBlockDoc } from './framework/docs';
import { envVarName, vendorBlocks, VENDOR_NAMES } from './framework/provider-config';
import { vendorModules } from './provider';

const PROVIDER_DESCRIPTION = `The cloudbridge provider manages SaaS vendors' cloud integrations as code: Cloudflare Magic Cloud Networking, Qtangl, Northflank, Avisi Cloud and P0 Security. Pair it with \`hashicorp/aws\` for the IAM roles those vendors need.

Every block of the provider configuration is optional: configure the vendors you use.`;

const PROVIDER_EXAMPLE = `terraform {
  required_providers {
    cloudbridge = { source = "cloudbridge/cloudbridge" }
  }
}

provider "cloudbridge" {
  p0 {
    org_id = "my-org" # api_token from CLOUDBRIDGE_P0_API_TOKEN
  }
  cloudflare {
    account_id = "023e105f4ecef8ad9ca31a8372d0c353"
  }
}`;

/** The provider blocks as the docs describe them; built from the vendor blocks until those move out of the framework. */
export function providerBlockDocs(): ProviderBlockDoc[] {
  return VENDOR_NAMES.map((name) => ({
    name,
    title: vendorBlocks[name].title,
    attributes: vendorBlocks[name].attributes,
    envVarPrefix: envVarName(name, ''),
  }));
}

export function providerDocs(): Map<string, string> {
  const modules = vendorModules();
  return renderDocs({
    providerName: 'cloudbridge',
    providerDescription: PROVIDER_DESCRIPTION,
    providerExample: PROVIDER_EXAMPLE,
    providerBlocks: providerBlockDocs(),
    resources: modules.flatMap((m) => m.resources),
    dataSources: modules.flatMap((m) => m.dataSources),
  });
}
