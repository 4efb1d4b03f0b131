import packageJson from '../../package.json';

/** Our own package version, inlined at build time so it survives bundling. */
export const CLOUDBRIDGE_VERSION: string = packageJson.version;

/** `cloudbridge/<version> terraform/<version>`; the Terraform version comes from the GetProviderSchema/ConfigureProvider request. */
export function userAgent(terraformVersion: string | undefined): string {
  const tf = terraformVersion && terraformVersion.trim() !== '' ? terraformVersion.trim() : 'unknown';
  return `cloudbridge/${CLOUDBRIDGE_VERSION} terraform/${tf}`;
}
