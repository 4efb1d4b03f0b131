/**
 * `defineResource` / `defineDataSource`: one declaration per type. The
 * handler types are inferred from `schema`; the framework does schema,
 * validation, planning, state shaping and docs from the same value.
 */
import type { Logger } from '../protocol/log';
import type { Attrs, ConfigObject, MaybeUnknownFields, PlanObject, StateObject } from './attributes';
import type { Diagnostics, PathLike } from './diagnostics';
import type { ObjectValidator } from './validators';
import type { TimeoutDefaults, Timeouts } from './timeouts';

export type { HandlerObject } from './values';

/** What every handler gets besides its request. */
export interface Context<C> {
  /** The resource or data source type being served, e.g. `cloudbridge_northflank_cloud_integration`. */
  readonly typeName: string;
  /**
   * The vendor's API client, built from the provider's configuration on first
   * use. Reading it throws (→ a diagnostic) when the vendor is not configured.
   */
  readonly client: C;
  /** Aborts when Terraform sends StopProvider (Ctrl-C). Pass it to every HTTP call. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
  /** Add errors and warnings here; an error fails the operation. */
  readonly diags: Diagnostics;
  /** This operation's timeout in milliseconds (from `timeouts`, or the declared default). */
  readonly timeout: number;
  /** `Date.now()` at which this operation's timeout runs out. */
  readonly deadline: number;
  /** All of the resource's resolved timeouts, in milliseconds. */
  readonly timeouts: Timeouts;
  /** Waits `ms`, rejecting early with an AbortError if Terraform stops the provider. */
  sleep(ms: number): Promise<void>;
}

/** The plan-time context: adds the ability to force replacement. */
export interface PlanContext<C> extends Omit<Context<C>, 'timeout' | 'deadline' | 'timeouts'> {
  /** Mark an attribute path as forcing replacement of the resource. */
  requiresReplace(path: PathLike): void;
}

export interface CreateRequest<A extends Attrs> {
  /** Every value known; write-only values are here (and only here). */
  readonly config: ConfigObject<A>;
  /** What Terraform showed the user: computed values may be UNKNOWN. */
  readonly plan: PlanObject<A>;
}
export interface ReadRequest<A extends Attrs> {
  /**
   * The stored state. Right after import only the importer's fields are set
   * and every other field is null (`imported` is then true).
   */
  readonly state: StateObject<A>;
  readonly imported: boolean;
}
export interface UpdateRequest<A extends Attrs> extends CreateRequest<A> {
  /** The prior state. */
  readonly state: StateObject<A>;
}
export interface DeleteRequest<A extends Attrs> {
  readonly state: StateObject<A>;
}
export interface ModifyPlanRequest<A extends Attrs> {
  /** Any value may be unknown at plan time. */
  readonly config: MaybeUnknownFields<ConfigObject<A>>;
  /** The plan after defaults and attribute plan modifiers. Return a changed copy to change it. */
  readonly plan: MaybeUnknownFields<PlanObject<A>>;
  /** Null while creating. */
  readonly state: StateObject<A> | null;
}

/** A JSON object as Terraform stored it in an older state version. */
export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

export interface Importer<A extends Attrs> {
  /** The id format as users write it, e.g. `<account_id>/<integration_id>`. */
  readonly format: string;
  /** A real-looking id for the docs, e.g. `023e105f4ecef8ad9ca31a8372d0c353/8d1f...`. */
  readonly example: string;
  /** Markdown for the docs' Import section: what an import cannot recover, and what the first plan after it does. */
  readonly notes?: string;
  /**
   * Turns the id into the fields `read` needs; report a malformed id with
   * `diags.error(...)` and return undefined.
   */
  parse(id: string, diags: Diagnostics): Partial<StateObject<A>> | undefined;
}

export interface ResourceSpec<A extends Attrs, C> {
  /** `cloudbridge_<vendor>_<thing>`. */
  readonly typeName: string;
  /** Markdown: first paragraph is the summary. */
  readonly description: string;
  readonly deprecated?: string;
  readonly schema: A;
  /** State schema version; bump it and add an upgrader when the stored shape changes. */
  readonly version?: number;
  /** `upgraders[n]` turns a version-n state (JSON) into version n+1. */
  readonly upgraders?: Readonly<Record<number, (state: JsonObject) => JsonObject>>;
  readonly importer: Importer<A>;
  /** Declares a `timeouts` attribute with these operations and default durations, e.g. `{ create: '5m' }`. */
  readonly timeouts?: TimeoutDefaults;
  /**
   * Make `timeouts` write-only (Terraform 1.11+): it is read from the configuration at
   * create/update and never stored, so an import followed by a plan is clean even when the
   * configuration sets it. Only `create` and `update` can then be declared (read and delete
   * have no configuration). @default false
   */
  readonly writeOnlyTimeouts?: boolean;
  /** Checks across fields of the top-level configuration. */
  readonly validators?: readonly ObjectValidator<ConfigObject<A>>[];
  /** Free-form config checks that validators cannot express. Values may be unknown. */
  readonly validateConfig?: (config: MaybeUnknownFields<ConfigObject<A>>, diags: Diagnostics) => void;
  /** Resource-level plan changes, after defaults and attribute plan modifiers. Not called on destroy. */
  readonly modifyPlan?: (
    req: ModifyPlanRequest<A>,
    ctx: PlanContext<C>,
  ) => MaybeUnknownFields<PlanObject<A>> | void | Promise<MaybeUnknownFields<PlanObject<A>> | void>;
  /** Returns the new state; on failure add an error (return a state too if something was created, so it is tracked). */
  readonly create: (req: CreateRequest<A>, ctx: Context<C>) => Promise<StateObject<A> | undefined>;
  /** Returns the current state, or null when the object is gone (Terraform then plans to create it). */
  readonly read: (req: ReadRequest<A>, ctx: Context<C>) => Promise<StateObject<A> | null>;
  /** Omit it when nothing can change in place: every change then replaces the resource. */
  readonly update?: (req: UpdateRequest<A>, ctx: Context<C>) => Promise<StateObject<A> | undefined>;
  readonly delete: (req: DeleteRequest<A>, ctx: Context<C>) => Promise<void>;
  /** HCL for the docs' "Example Usage". */
  readonly example: string;
  /** Extra markdown for the docs (ordering, caveats). */
  readonly notes?: string;
}

export interface DataSourceReadRequest<A extends Attrs> {
  readonly config: ConfigObject<A>;
}

export interface DataSourceSpec<A extends Attrs, C> {
  readonly typeName: string;
  readonly description: string;
  readonly deprecated?: string;
  readonly schema: A;
  readonly validators?: readonly ObjectValidator<ConfigObject<A>>[];
  readonly validateConfig?: (config: MaybeUnknownFields<ConfigObject<A>>, diags: Diagnostics) => void;
  /** Returns every attribute: the arguments as configured, plus the computed results. */
  readonly read: (req: DataSourceReadRequest<A>, ctx: Context<C>) => Promise<StateObject<A> | undefined>;
  readonly example: string;
  readonly notes?: string;
}

/** A declared resource type; `C` is the client its handlers expect. */
export interface ResourceType<C = never, A extends Attrs = Attrs> {
  readonly kind: 'resource';
  readonly typeName: string;
  readonly schema: A;
  readonly spec: ResourceSpec<Attrs, unknown>;
  /** phantom: ties the type to the client its handlers expect (`never` = any client) */
  readonly __client?: (c: C) => void;
}

export interface DataSourceType<C = never, A extends Attrs = Attrs> {
  readonly kind: 'data-source';
  readonly typeName: string;
  readonly schema: A;
  readonly spec: DataSourceSpec<Attrs, unknown>;
  readonly __client?: (c: C) => void;
}

const TYPE_NAME = /^cloudbridge_[a-z0-9_]+$/;

function checkCommon(kind: string, typeName: string, schema: Attrs): void {
  if (!TYPE_NAME.test(typeName)) throw new Error(`${kind} type name ${JSON.stringify(typeName)} must match ${TYPE_NAME}`);
  for (const reserved of ['provider', 'count', 'for_each', 'depends_on', 'lifecycle', 'connection', 'provisioner']) {
    if (reserved in schema) throw new Error(`${typeName}: attribute name "${reserved}" is reserved by Terraform`);
  }
}

/**
 * A declaration as the framework runs it: handlers typed by the declaration's own
 * schema and client, seen as taking any attributes and client. Safe: the framework
 * hands these handlers only values it shaped with that same schema, and the client
 * of the module that registered them.
 */
function erased<Runtime>(spec: object): Runtime {
  return spec as unknown as Runtime;
}

/** Binds the client type once per vendor: `export const { defineResource, defineDataSource } = withClient<MyClient>();` */
export function withClient<C>() {
  return {
    defineResource<const A extends Attrs>(spec: ResourceSpec<A, C>): ResourceType<C, A> {
      checkCommon('resource', spec.typeName, spec.schema);
      if ('timeouts' in spec.schema && spec.timeouts) throw new Error(`${spec.typeName}: declare timeouts with the \`timeouts\` option, not as an attribute`);
      if (spec.writeOnlyTimeouts && (spec.timeouts?.read !== undefined || spec.timeouts?.delete !== undefined)) {
        throw new Error(`${spec.typeName}: write-only timeouts reach create and update only; read and delete timeouts cannot be declared with them`);
      }
      return { kind: 'resource', typeName: spec.typeName, schema: spec.schema, spec: erased<ResourceSpec<Attrs, unknown>>(spec) };
    },
    defineDataSource<const A extends Attrs>(spec: DataSourceSpec<A, C>): DataSourceType<C, A> {
      checkCommon('data source', spec.typeName, spec.schema);
      return { kind: 'data-source', typeName: spec.typeName, schema: spec.schema, spec: erased<DataSourceSpec<Attrs, unknown>>(spec) };
    },
  };
}

const noClient = withClient<undefined>();
/** For types that need no vendor client (e.g. `cloudbridge_external_id`). */
export const defineResource = noClient.defineResource;
export const defineDataSource = noClient.defineDataSource;
