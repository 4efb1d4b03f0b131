export * from './rule';
export * from './policy-input';
export * from './third-party-trust-requires-guard';
export * from './no-wildcard-principal';
export * from './no-admin-inline-policy';
export * from './role-name-length';
