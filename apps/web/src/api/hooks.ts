import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request, type Doc } from './client.ts';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  refetch(): void;
}

/** Runs a query when its variables change; keeps the previous data while reloading. */
export function useQuery<TData, TVars extends Record<string, unknown>>(
  doc: Doc<TData, TVars>,
  variables: TVars,
  opts: { skip?: boolean } = {},
): QueryState<TData> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: TData; error: ApiError | null; loading: boolean }>({
    error: null,
    loading: !opts.skip,
  });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (opts.skip) {
      setState((s) => ({ ...s, loading: false }));
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    request(doc, JSON.parse(key) as TVars, { signal: controller.signal }).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: ApiError) => {
        if (error.code !== 'ABORTED') setState((s) => ({ data: s.data, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [doc, key, nonce, opts.skip]);
  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}

export interface MutationState<TData> {
  loading: boolean;
  error: ApiError | null;
  data: TData | undefined;
}

export function useMutation<TData, TVars extends Record<string, unknown>>(
  doc: Doc<TData, TVars>,
): [(variables: TVars) => Promise<TData>, MutationState<TData>] {
  const [state, setState] = useState<MutationState<TData>>({ loading: false, error: null, data: undefined });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (variables: TVars) => {
      setState({ loading: true, error: null, data: undefined });
      try {
        const data = await request(doc, variables);
        if (mounted.current) setState({ loading: false, error: null, data });
        return data;
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
        if (mounted.current) setState({ loading: false, error, data: undefined });
        throw error;
      }
    },
    [doc],
  );
  return [run, state];
}

/** Runs an async loader when `key` changes; abortable; keeps the previous data while reloading. */
export function useAsync<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  opts: { skip?: boolean } = {},
): QueryState<T> {
  const [state, setState] = useState<{ data?: T; error: ApiError | null; loading: boolean }>({
    error: null,
    loading: !opts.skip,
  });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (opts.skip) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    loadRef.current(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: null, loading: false }),
      (e: unknown) => {
        const error = e instanceof ApiError ? e : new ApiError('INTERNAL', e instanceof Error ? e.message : String(e));
        if (error.code !== 'ABORTED' && !controller.signal.aborted)
          setState((s) => ({ data: s.data, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, nonce, opts.skip]);
  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}
