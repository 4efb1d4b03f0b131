/** Docs of the real provider, rendered in memory (scripts/generate-docs.ts writes them; a test compares). */
import { renderDocs } from './framework/docs';
import { vendorModules } from './provider';

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

export function providerDocs(): Map<string, string> {
  const modules = vendorModules();
  return renderDocs({
    providerName: 'cloudbridge',
    resources: modules.flatMap((m) => m.resources),
    dataSources: modules.flatMap((m) => m.dataSources),
    providerExample: PROVIDER_EXAMPLE,
  });
}
