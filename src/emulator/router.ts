/**
 * Route matching for emulated APIs: literal segments, `:name` params and a
 * trailing `*` that binds the rest of the path as `params['*']`.
 */
import type { RouteDef } from './types';

export interface CompiledRoute<S> {
  readonly def: RouteDef<S>;
  readonly segments: readonly string[];
  /** Literal segments count; more specific routes win. */
  readonly specificity: number;
}

export interface RouteMatch<S> {
  readonly route: CompiledRoute<S>;
  readonly params: Record<string, string>;
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((segment, index, all) => !(segment === '' && (index === 0 || index === all.length - 1)));
}

export function compileRoutes<S>(routes: readonly RouteDef<S>[]): CompiledRoute<S>[] {
  return routes.map((def) => {
    const segments = splitPath(def.path);
    return { def, segments, specificity: segments.filter((s) => !s.startsWith(':') && s !== '*').length };
  });
}

/** Params of `segments` against a concrete path, or undefined. Throws URIError on bad percent-encoding. */
function matchSegments(segments: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === '*' && i === segments.length - 1) {
      params['*'] = parts.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.startsWith(':')) {
      if (part === '') return undefined;
      params[segment.slice(1)] = decodeURIComponent(part);
    } else if (segment !== part) {
      return undefined;
    }
  }
  return parts.length === segments.length ? params : undefined;
}

export interface RouteLookup<S> {
  readonly match?: RouteMatch<S>;
  /** Methods that would match the path, for a 405. */
  readonly allowed: readonly string[];
}

export function findRoute<S>(routes: readonly CompiledRoute<S>[], method: string, path: string): RouteLookup<S> {
  const parts = splitPath(path);
  let best: RouteMatch<S> | undefined;
  const allowed = new Set<string>();
  for (const route of routes) {
    const params = matchSegments(route.segments, parts);
    if (!params) continue;
    allowed.add(route.def.method);
    if (route.def.method !== method) continue;
    if (!best || route.specificity > best.route.specificity) best = { route, params };
  }
  return { match: best, allowed: [...allowed] };
}
