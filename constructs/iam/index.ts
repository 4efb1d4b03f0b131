export * from './policy-document';
export * from './trust';
