/**
 * The boundary between the gRPC/tfplugin6 layer and whatever implements the
 * provider (src/framework). The protocol layer decodes every DynamicValue into
 * a CtyValue with the schema's type before calling these methods, and encodes
 * the results back; implementations never see protobuf or msgpack.
 */
import type { CtyType, CtyValue } from './values';
import type { Logger } from './log';

export type AttributePathStep =
  | { readonly attribute: string }
  | { readonly key: string }
  | { readonly index: number };
export type AttributePath = readonly AttributePathStep[];

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  readonly attribute?: AttributePath;
}

export type StringKind = 'plain' | 'markdown';

export interface SchemaAttribute {
  readonly name: string;
  /** Exactly one of type / nestedType. */
  readonly type?: CtyType;
  readonly nestedType?: SchemaObject;
  readonly description?: string;
  readonly descriptionKind?: StringKind;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly writeOnly?: boolean;
  readonly deprecated?: boolean;
}

export type ObjectNesting = 'single' | 'list' | 'set' | 'map';
export interface SchemaObject {
  readonly attributes: readonly SchemaAttribute[];
  readonly nesting: ObjectNesting;
}

export type BlockNesting = 'single' | 'list' | 'set' | 'map' | 'group';
export interface SchemaNestedBlock {
  readonly typeName: string;
  readonly block: SchemaBlock;
  readonly nesting: BlockNesting;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface SchemaBlock {
  readonly version?: number;
  readonly attributes: readonly SchemaAttribute[];
  readonly blockTypes?: readonly SchemaNestedBlock[];
  readonly description?: string;
  readonly descriptionKind?: StringKind;
  readonly deprecated?: boolean;
}

export interface Schema {
  readonly version: number;
  readonly block: SchemaBlock;
}

export interface ProviderSchemas {
  readonly provider: Schema;
  readonly resourceSchemas: Readonly<Record<string, Schema>>;
  readonly dataSourceSchemas: Readonly<Record<string, Schema>>;
  readonly diagnostics?: readonly Diagnostic[];
}

/** Handed to every call that may do I/O. `signal` aborts on StopProvider. */
export interface CallContext {
  readonly signal: AbortSignal;
  readonly logger: Logger;
}

export interface ClientCapabilities {
  readonly deferralAllowed?: boolean;
  readonly writeOnlyAttributesAllowed?: boolean;
}

export interface WithDiagnostics {
  readonly diagnostics: readonly Diagnostic[];
}

export interface ProviderService {
  getProviderSchema(): ProviderSchemas;

  validateProviderConfig(req: { config: CtyValue }): Promise<WithDiagnostics>;
  configureProvider(
    req: { config: CtyValue; terraformVersion: string; clientCapabilities?: ClientCapabilities },
    ctx: CallContext,
  ): Promise<WithDiagnostics>;

  validateResourceConfig(req: {
    typeName: string;
    config: CtyValue;
    clientCapabilities?: ClientCapabilities;
  }): Promise<WithDiagnostics>;
  validateDataResourceConfig(req: { typeName: string; config: CtyValue }): Promise<WithDiagnostics>;

  /** rawState is the parsed JSON state Terraform stored at `version`; the result uses the current schema. */
  upgradeResourceState(req: {
    typeName: string;
    version: number;
    rawState: unknown;
  }): Promise<WithDiagnostics & { upgradedState: CtyValue }>;

  readResource(
    req: { typeName: string; currentState: CtyValue; private: Uint8Array; clientCapabilities?: ClientCapabilities },
    ctx: CallContext,
  ): Promise<WithDiagnostics & { newState: CtyValue; private?: Uint8Array }>;

  planResourceChange(
    req: {
      typeName: string;
      priorState: CtyValue;
      proposedNewState: CtyValue;
      config: CtyValue;
      priorPrivate: Uint8Array;
      clientCapabilities?: ClientCapabilities;
    },
    ctx: CallContext,
  ): Promise<
    WithDiagnostics & { plannedState: CtyValue; requiresReplace: readonly AttributePath[]; plannedPrivate?: Uint8Array }
  >;

  applyResourceChange(
    req: {
      typeName: string;
      priorState: CtyValue;
      plannedState: CtyValue;
      config: CtyValue;
      plannedPrivate: Uint8Array;
    },
    ctx: CallContext,
  ): Promise<WithDiagnostics & { newState: CtyValue; private?: Uint8Array }>;

  importResourceState(
    req: { typeName: string; id: string; clientCapabilities?: ClientCapabilities },
    ctx: CallContext,
  ): Promise<
    WithDiagnostics & {
      importedResources: readonly { typeName: string; state: CtyValue; private?: Uint8Array }[];
    }
  >;

  readDataSource(
    req: { typeName: string; config: CtyValue; clientCapabilities?: ClientCapabilities },
    ctx: CallContext,
  ): Promise<WithDiagnostics & { state: CtyValue }>;
}
