/** The toy API's client: widgets under `/widgets[/{name}]`, in `{widget: …}` envelopes. */
import { z } from 'zod';
import { parseBody, vendorHttpClient, type HttpClient } from '../../src/http/client';
import { isNotFound } from '../../src/http/errors';
import type { VendorConnection } from '../../src/http/types';

export const widgetSchema = z.looseObject({ name: z.string(), color: z.string(), createdAt: z.string() });
export type Widget = z.infer<typeof widgetSchema>;
const envelope = z.looseObject({ widget: widgetSchema });

export interface ToyClientConfig extends VendorConnection {
  readonly apiToken: string;
}

export class ToyClient {
  private readonly http: HttpClient;

  constructor(config: ToyClientConfig) {
    this.http = vendorHttpClient(
      { vendor: 'toy', defaultBaseUrl: 'https://api.toy.invalid', parseError: (status, body) => ({ message: (body as { message?: string } | undefined)?.message ?? `HTTP ${status}` }) },
      config.apiToken,
      config,
    );
  }

  async createWidget(name: string, color: string, signal?: AbortSignal): Promise<Widget> {
    const res = await this.http.request({ method: 'POST', path: '/widgets', body: { name, color }, signal });
    return parseBody(envelope, res.body, 'widget (create)').widget;
  }

  async findWidget(name: string, signal?: AbortSignal): Promise<Widget | null> {
    try {
      const res = await this.http.request({ method: 'GET', path: `/widgets/${encodeURIComponent(name)}`, signal });
      return parseBody(envelope, res.body, 'widget (read)').widget;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async recolor(name: string, color: string, signal?: AbortSignal): Promise<Widget> {
    const res = await this.http.request({ method: 'PUT', path: `/widgets/${encodeURIComponent(name)}`, body: { color }, signal });
    return parseBody(envelope, res.body, 'widget (update)').widget;
  }

  async deleteWidget(name: string, signal?: AbortSignal): Promise<void> {
    await this.http.request({ method: 'DELETE', path: `/widgets/${encodeURIComponent(name)}`, signal });
  }
}
