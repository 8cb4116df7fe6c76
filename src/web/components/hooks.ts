// Loading data for a screen: one answer (useAsync) or a cursor-paged list (usePaged).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../api/types.ts';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (update: T | ((prev: T | undefined) => T | undefined)) => void;
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** Runs `fn` when `deps` change (aborting the previous run) and on reload(). */
export function useAsync<T>(fn: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    fnRef.current(ctrl.signal).then(
      (d) => {
        if (ctrl.signal.aborted) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted || isAbort(e)) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}

export interface PagedState<T> {
  items: T[];
  total: number;
  totalCapped: boolean;
  /** True while the first page loads. */
  loading: boolean;
  loadingMore: boolean;
  /** The first page failed: the screen shows an error. */
  error: unknown;
  /** A later page failed: the list stays, with an inline error. */
  moreError: unknown;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  setItems: (update: (items: T[]) => T[]) => void;
}

/** A cursor-paged list: the first page when `deps` change, the next on loadMore(). */
export function usePaged<T>(fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>, deps: readonly unknown[]): PagedState<T> {
  const [items, setItemsState] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [totalCapped, setTotalCapped] = useState(false);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  // Each first-page load gets a generation; a late "more" answer from an older one is dropped.
  const generation = useRef(0);

  useEffect(() => {
    const ctrl = new AbortController();
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    setMoreError(null);
    fetchRef.current(undefined, ctrl.signal).then(
      (p) => {
        if (ctrl.signal.aborted || gen !== generation.current) return;
        setItemsState(p.items);
        setTotal(p.total);
        setTotalCapped(p.totalCapped);
        setCursor(p.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted || isAbort(e)) return;
        setError(e);
        setItemsState([]);
        setCursor(null);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const gen = generation.current;
    const ctrl = new AbortController();
    setLoadingMore(true);
    setMoreError(null);
    fetchRef.current(cursor, ctrl.signal).then(
      (p) => {
        if (gen !== generation.current) return;
        setItemsState((prev) => [...prev, ...p.items]);
        setTotal(p.total);
        setTotalCapped(p.totalCapped);
        setCursor(p.nextCursor);
        setLoadingMore(false);
      },
      (e: unknown) => {
        if (gen !== generation.current) return;
        setMoreError(e);
        setLoadingMore(false);
      },
    );
  }, [cursor, loadingMore]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState(update), []);

  return { items, total, totalCapped, loading, loadingMore, error, moreError, hasMore: cursor !== null, loadMore, reload, setItems };
}
