/**
 * The provider process Terraform starts. Kept tiny: the handshake goes out
 * before grpc-js or the provider implementation is loaded (see protocol/serve).
 */
import { serve } from './protocol/serve';
import { loadBundle } from './protocol/code-cache';
import type { ProviderService } from './protocol/service';

serve(() => {
  // Lazy: the vendors and framework load on the first RPC, after the handshake.
  const provider = loadBundle<{ createProvider(): ProviderService }>(__dirname, 'provider', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./provider'),
  );
  return provider.createProvider();
});
