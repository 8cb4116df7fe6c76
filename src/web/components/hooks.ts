// Loading data for a screen: one answer (useAsync), a cursor-paged list grown by "load more"
// (usePaged), or one shown a page at a time (useCursorPages).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigationType } from 'react-router';
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

/**
 * A list's local edit: rows added or removed on screen after a write move the total by as many,
 * so that "n of m" stays true without asking the server again.
 */
function useLocalEdit<T>(items: T[], setItems: (items: T[]) => void, setTotal: (update: (n: number) => number) => void) {
  const current = useRef(items);
  current.current = items;
  return useCallback(
    (update: (items: T[]) => T[]) => {
      const prev = current.current;
      const next = update(prev);
      current.current = next;
      setItems(next);
      if (next.length !== prev.length) setTotal((n) => Math.max(0, n + next.length - prev.length));
    },
    [setItems, setTotal],
  );
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
  /** Applies a local change (an added, changed or removed row); the total follows the row count. */
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
  const setItems = useLocalEdit(items, setItemsState, setTotal);

  return { items, total, totalCapped, loading, loadingMore, error, moreError, hasMore: cursor !== null, loadMore, reload, setItems };
}

interface Place {
  filters: string;
  pageSize: number;
  cursors: (string | undefined)[];
  index: number;
}

function readPlace(key: string | undefined, filters: string): Place | null {
  if (!key) return null;
  try {
    const raw = sessionStorage.getItem(`pj.place.${key}`);
    const p = raw ? (JSON.parse(raw) as Place) : null;
    // JSON turns the first page's missing cursor into null; undefined it is again.
    return p && p.filters === filters && Array.isArray(p.cursors) ? { ...p, cursors: p.cursors.map((c) => c ?? undefined) } : null;
  } catch {
    return null;
  }
}

function writePlace(key: string | undefined, place: Place): void {
  if (!key) return;
  try {
    sessionStorage.setItem(`pj.place.${key}`, JSON.stringify(place));
  } catch {
    // storage full or disabled: Back starts at the first page, nothing worse
  }
}

export interface PagesState<T> {
  items: T[];
  total: number;
  totalCapped: boolean;
  /** True while a page loads (the previous page stays on screen meanwhile). */
  loading: boolean;
  error: unknown;
  /** 1-based number of the page on screen. */
  page: number;
  pageSize: number;
  hasNext: boolean;
  hasPrev: boolean;
  next: () => void;
  prev: () => void;
  first: () => void;
  setPageSize: (n: number) => void;
  reload: () => void;
  /** Applies a local change (an added, changed or removed row); the total follows the row count. */
  setItems: (update: (items: T[]) => T[]) => void;
}

/**
 * A cursor-paged list shown one page at a time (long directories: thousands of rows stay one
 * screen long). The cursors of the pages seen are kept, so "previous" needs no offset.
 */
export function useCursorPages<T>(
  fetchPage: (cursor: string | undefined, limit: number, signal: AbortSignal) => Promise<Page<T>>,
  deps: readonly unknown[],
  initialPageSize = 20,
  /** Remembers the page in this tab's session storage under this key, so Back returns to it. */
  remember?: string,
): PagesState<T> {
  const filters = JSON.stringify(deps);
  // Back (or Forward, or a reload) returns to the page the person left, if the filters are the
  // same; a link to the list starts it at the first page.
  const arrivedBy = useNavigationType();
  const [saved] = useState(() => (arrivedBy === 'POP' ? readPlace(remember, filters) : null));
  const [pageSize, setPageSizeState] = useState(saved?.pageSize ?? initialPageSize);
  // cursors[i] opens page i+1; the first page has none.
  const [cursors, setCursors] = useState<(string | undefined)[]>(saved?.cursors ?? [undefined]);
  const [index, setIndex] = useState(saved?.index ?? 0);
  const [items, setItemsState] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [totalCapped, setTotalCapped] = useState(false);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  // New filters or page size: back to the first page.
  const depsKey = JSON.stringify([filters, pageSize]);
  const [seenKey, setSeenKey] = useState(depsKey);
  if (seenKey !== depsKey) {
    setSeenKey(depsKey);
    setCursors([undefined]);
    setIndex(0);
  }

  useEffect(() => {
    writePlace(remember, { filters, pageSize, cursors: cursors.slice(0, index + 1), index });
  }, [remember, filters, pageSize, cursors, index]);

  const cursor = cursors[index];
  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    fetchRef.current(cursor, pageSize, ctrl.signal).then(
      (p) => {
        if (ctrl.signal.aborted) return;
        setItemsState(p.items);
        setTotal(p.total);
        setTotalCapped(p.totalCapped);
        setNextCursor(p.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted || isAbort(e)) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [depsKey, cursor, index, pageSize, tick]);

  const next = useCallback(() => {
    if (!nextCursor || loading) return;
    setCursors((cs) => [...cs.slice(0, index + 1), nextCursor]);
    setIndex((i) => i + 1);
  }, [nextCursor, loading, index]);
  const prev = useCallback(() => setIndex((i) => Math.max(0, i - 1)), []);
  const first = useCallback(() => setIndex(0), []);
  const setPageSize = useCallback((n: number) => setPageSizeState(n), []);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setItems = useLocalEdit(items, setItemsState, setTotal);

  return {
    items,
    total,
    totalCapped,
    loading,
    error,
    page: index + 1,
    pageSize,
    hasNext: nextCursor !== null,
    hasPrev: index > 0,
    next,
    prev,
    first,
    setPageSize,
    reload,
    setItems,
  };
}
