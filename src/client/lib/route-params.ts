import { type Params } from 'react-router';
import { useParams } from 'react-router';

/** A path param the route pattern guarantees; a missing one is a routing bug, so it throws. */
export function requireParam(params: Params, name: string): string {
  const value = params[name];
  if (!value) throw new Error(`Route param "${name}" is missing`);
  return value;
}

export function useRequiredParam(name: string): string {
  return requireParam(useParams(), name);
}
