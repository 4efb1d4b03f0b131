/**
 * The provider process Terraform starts. Kept tiny: the handshake goes out
 * before the gRPC server or the provider implementation is loaded (see protocol/serve).
 */
import { serve } from './protocol/serve';
import { readCatalog } from './protocol/catalog';
import { loadBundle } from './protocol/code-cache';
import type { ProviderService } from './protocol/service';

let catalog: ReturnType<typeof readCatalog> | null = null;

serve(
  () => {
    // Lazy: the vendors and framework load on the first RPC that needs them, after the handshake.
    const provider = loadBundle<{ createProvider(): ProviderService }>(__dirname, 'provider', () =>
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('./provider'),
    );
    return provider.createProvider();
  },
  // The build's precomputed schema beside this file (none under ts-jest or tsc output: computed then).
  { catalog: () => (catalog === null ? (catalog = readCatalog(__dirname)) : catalog) },
);
