/** The resource framework's public API: import everything from 'src/framework'. */
export { attrs, str, num, bool, list, set, map, obj, listNested, setNested, mapNested } from './attributes';
export type { Attr, Attrs, AttrOptions, NestedOptions, ConfigObject, StateObject, PlanObject, MaybeUnknown, MaybeUnknownFields, Infer } from './attributes';
export {
  custom,
  lengthBetween,
  lengthAtLeast,
  lengthAtMost,
  matches,
  oneOf,
  between,
  sizeBetween,
  each,
  objectCustom,
  exactlyOneOf,
  atLeastOneOf,
  conflicting,
  requiredWith,
  fieldsFor,
} from './validators';
export type { Validator, ObjectValidator, ValidationContext, FieldsMaybeUnknown } from './validators';
export { requiresReplace, requiresReplaceIf, useStateForUnknown } from './plan-modifiers';
export type { PlanModifier, PlanModifierRequest } from './plan-modifiers';
export { Diagnostics, DiagnosticError, toPath, formatPath } from './diagnostics';
export type { PathLike } from './diagnostics';
export { defineResource, defineDataSource, withClient } from './resource';
export type {
  Context,
  PlanContext,
  CreateRequest,
  ReadRequest,
  UpdateRequest,
  DeleteRequest,
  ModifyPlanRequest,
  DataSourceReadRequest,
  Importer,
  JsonObject,
  JsonValue,
  ResourceSpec,
  DataSourceSpec,
  ResourceType,
  DataSourceType,
} from './resource';
export { parseDuration } from './timeouts';
export type { Timeouts, TimeoutDefaults, TimeoutOperation } from './timeouts';
export { defineNeutralModule } from './vendor';
export type { ProviderModule, ClientTools, LazyTypes } from './vendor';
export { envVarName, MissingSettingError, blockAttributes } from './provider-config';
export type { VendorBlock, VendorSettings } from './provider-config';
export { UNKNOWN, isUnknown } from '../protocol/values';
export type { Unknown } from '../protocol/values';
export { importId, importParts } from './importers';
export { createOwned, takenError, inWindow, vendorTime } from './ownership';
export type { CreateAttempt, OwnedCreate } from './ownership';
