/**
 * The provider process Terraform starts. Kept tiny: the handshake goes out
 * before grpc-js or the provider implementation is loaded (see protocol/serve).
 */
import { serve } from './protocol/serve';
import type { ProviderService } from './protocol/service';

serve(() => {
  // Lazy: the vendors and framework load on the first RPC, after the handshake.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const provider = require('./provider') as { createProvider(): ProviderService };
  return provider.createProvider();
});
