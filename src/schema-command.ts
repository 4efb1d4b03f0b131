/** `cloudbridge schema`: the real provider's schema in `terraform providers schema -json` form. */
import { providerSchemaJson } from './framework/schema-json';
import { createProvider, PROVIDER_ADDRESS } from './provider';

export function printSchema(): string {
  return `${JSON.stringify(providerSchemaJson(PROVIDER_ADDRESS, createProvider({}).getProviderSchema()))}\n`;
}
