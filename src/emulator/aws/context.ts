/** What every IAM/STS action handler gets. */
import type { EmulatorWorld } from '../types';
import type { QueryParams } from './params';
import type { AwsAccountState, AwsEmulatorState } from './state';
import type { XmlFields } from './xml';

export interface Caller {
  readonly accessKeyId: string;
  readonly accountId: string;
  /** Set when the key was issued by the emulator's CreateAccessKey. */
  readonly userName?: string;
  /** Set for session keys from the emulator's AssumeRole. */
  readonly assumedRole?: { readonly arn: string; readonly assumedRoleId: string };
}

export interface ActionContext {
  readonly params: QueryParams;
  readonly state: AwsEmulatorState;
  readonly account: AwsAccountState;
  readonly caller: Caller;
  readonly world: EmulatorWorld;
}

/** Returns the `<XResult>` fields, or undefined for actions without a result element. */
export type ActionHandler = (ctx: ActionContext) => XmlFields | undefined;
