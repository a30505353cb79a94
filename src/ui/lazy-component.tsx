import type { ComponentType, FunctionComponent, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A lazily loaded component, with `preload` to start loading its code before it is shown. */
export type LazyComponent<P> = FunctionComponent<P> & { preload(): Promise<ComponentType<P>> };

/**
 * A component whose code loads the first time it is rendered (or `preload`ed), not with the first
 * view; until then it renders `Fallback` (a loading line; nothing when not given). Hand-written
 * rather than preact/compat's `lazy`, which needs `Suspense` and the compat layer in the first
 * view's bundle. A failed load is logged and tried again on the next render.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, Fallback?: ComponentType): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: Error) => {
        pending = undefined;
        throw e;
      },
    ));
  function Lazy(props: P) {
    const [, setLoaded] = useState(false);
    useEffect(() => {
      if (!loaded) preload().then(() => setLoaded(true), (e: Error) => console.warn(`a part of the page could not be loaded: ${e.message}`));
    }, []);
    const Component = loaded;
    return Component ? <Component {...(props as P & JSX.IntrinsicAttributes)} /> : Fallback ? <Fallback /> : null;
  }
  return Object.assign(Lazy, { preload });
}
