/**
 * The composition root: every vendor module cloudbridge ships. The provider
 * (src/provider.ts) and the emulator (src/emulate.ts) both take this list;
 * adding a vendor is its folder plus one line here.
 */
import type { ProviderModule } from '../framework/vendor';
import type { VendorModule } from './module';
import avisi from './avisi';
import cloudflare from './cloudflare';
import northflank from './northflank';
import p0 from './p0';
import qtangl from './qtangl';
import { sharedModule } from './shared';

export const VENDOR_MODULES: readonly VendorModule[] = [p0, cloudflare, northflank, avisi, qtangl];

/** Every provider module: the vendors, and the vendor-neutral types. */
export const PROVIDER_MODULES: readonly ProviderModule[] = [sharedModule, ...VENDOR_MODULES];
