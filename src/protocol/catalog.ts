/**
 * The schema catalog the build writes next to the provider bundle
 * (dist/provider): the encoded GetProviderSchema response and the cty type of
 * the provider block and of every resource and data source. Precomputed from
 * the declarations, so that a provider process answers GetProviderSchema, and
 * decodes any call, without loading or building any type. A test holds it
 * against the declarations (test/protocol/catalog.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SchemaCatalog } from './provider-rpc';
import type { CtyType } from './values';

export const CATALOG_SCHEMA_FILE = 'schema.pb';
export const CATALOG_TYPES_FILE = 'types.json';

interface TypesFile {
  readonly provider: CtyType;
  readonly resources: Readonly<Record<string, CtyType>>;
  readonly dataSources: Readonly<Record<string, CtyType>>;
}

/** The catalog in `dir`, or undefined when the build wrote none there. */
export function readCatalog(dir: string): SchemaCatalog | undefined {
  let schemaResponse: Buffer;
  let types: TypesFile;
  try {
    schemaResponse = fs.readFileSync(path.join(dir, CATALOG_SCHEMA_FILE));
    types = JSON.parse(fs.readFileSync(path.join(dir, CATALOG_TYPES_FILE), 'utf8')) as TypesFile;
  } catch {
    return undefined;
  }
  return { schemaResponse, providerType: types.provider, resourceTypes: types.resources, dataSourceTypes: types.dataSources };
}

export function writeCatalog(dir: string, catalog: SchemaCatalog): void {
  const types: TypesFile = { provider: catalog.providerType, resources: catalog.resourceTypes, dataSources: catalog.dataSourceTypes };
  fs.writeFileSync(path.join(dir, CATALOG_SCHEMA_FILE), catalog.schemaResponse);
  fs.writeFileSync(path.join(dir, CATALOG_TYPES_FILE), `${JSON.stringify(types)}\n`);
}
