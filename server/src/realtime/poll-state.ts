import type { PollStateEvent } from '../../../common/events.ts';
import type { ServiceContext } from '../context.ts';

type PollStateSource = (context: ServiceContext, slug: string) => Promise<PollStateEvent>;

let source: PollStateSource | undefined;

/**
 * The votes domain computes an assembly's poll state and provides it here when its routes are
 * declared. An assembly's streams start with that state; reading it through this module keeps the
 * assemblies domain from importing the votes domain, which depends on assemblies.
 */
export function providePollState(compute: PollStateSource): void {
  source = compute;
}

/** The assembly's current poll (the open one, else the last one), as its streams start with. */
export function pollState(context: ServiceContext, slug: string): Promise<PollStateEvent> {
  if (!source) throw new Error('No poll state: the votes routes are not declared.');
  return source(context, slug);
}
