/** `cloudbridge schema`: the real provider's schema in `terraform providers schema -json` form. */
import { providerSchemaJson } from './framework/schema-json';
import { createFrameworkProvider } from './framework/server';
import { PROVIDER_ADDRESS, PROVIDER_VERSION, vendorModules } from './provider';

export function printSchema(): string {
  const p = createFrameworkProvider({ version: PROVIDER_VERSION, modules: vendorModules(), env: {} });
  return `${JSON.stringify(providerSchemaJson(PROVIDER_ADDRESS, p.getProviderSchema()))}\n`;
}
