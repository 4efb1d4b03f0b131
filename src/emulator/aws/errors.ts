/** IAM/STS errors: a code, a Sender/Receiver type and the HTTP status IAM uses for that code. */
import { EmulatorHttpError } from '../types';

export interface AwsErrorDetails {
  readonly code: string;
  readonly type: 'Sender' | 'Receiver';
  /** The XML namespace of the service that answers (IAM when unknown). */
  readonly namespace?: string;
}

export class AwsQueryError extends EmulatorHttpError {
  constructor(status: number, readonly code: string, message: string, readonly type: 'Sender' | 'Receiver' = 'Sender', namespace?: string) {
    super(status, message, { code, type, namespace } satisfies AwsErrorDetails);
  }

  /** The same error, answered in `namespace`. */
  inNamespace(namespace: string): AwsQueryError {
    return new AwsQueryError(this.status, this.code, this.message, this.type, namespace);
  }
}

export const noSuchEntity = (message: string): AwsQueryError => new AwsQueryError(404, 'NoSuchEntity', message);
export const entityAlreadyExists = (message: string): AwsQueryError => new AwsQueryError(409, 'EntityAlreadyExists', message);
export const malformedPolicy = (message: string): AwsQueryError => new AwsQueryError(400, 'MalformedPolicyDocument', message);
export const validationError = (message: string): AwsQueryError => new AwsQueryError(400, 'ValidationError', message);
export const invalidInput = (message: string): AwsQueryError => new AwsQueryError(400, 'InvalidInput', message);
export const deleteConflict = (message: string): AwsQueryError => new AwsQueryError(409, 'DeleteConflict', message);
export const limitExceeded = (message: string): AwsQueryError => new AwsQueryError(409, 'LimitExceeded', message);

/** Codes for errors the core raises without details (unknown route, fault injection, oversized body). */
export function codeForStatus(status: number): AwsErrorDetails {
  switch (status) {
    case 400:
      return { code: 'InvalidParameterValue', type: 'Sender' };
    case 401:
    case 403:
      return { code: 'AccessDenied', type: 'Sender' };
    case 404:
      return { code: 'NotFound', type: 'Sender' };
    case 405:
      return { code: 'InvalidAction', type: 'Sender' };
    case 409:
      return { code: 'ConcurrentModification', type: 'Sender' };
    case 413:
      return { code: 'RequestEntityTooLarge', type: 'Sender' };
    case 429:
      return { code: 'Throttling', type: 'Sender' };
    case 503:
      return { code: 'ServiceUnavailable', type: 'Receiver' };
    default:
      return status >= 500 ? { code: 'ServiceFailure', type: 'Receiver' } : { code: 'InvalidRequest', type: 'Sender' };
  }
}
