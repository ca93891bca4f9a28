/**
 * One-pass lookups over a list: the first item per key, and the items grouped per key. A search
 * per item (`find`, `filter` inside a loop) is quadratic, seconds at 20,000 indikator.
 */

/** Each key's first item, as `items.find((x) => key(x) === k)` would give it. */
export function firstBy<T, K>(items: Iterable<T>, key: (x: T) => K): Map<K, T> {
  const peta = new Map<K, T>();
  for (const x of items) {
    const k = key(x);
    if (!peta.has(k)) peta.set(k, x);
  }
  return peta;
}

/** The items of each key in their order, as `items.filter((x) => key(x) === k)` would give them. */
export function groupBy<T, K>(items: Iterable<T>, key: (x: T) => K): Map<K, T[]> {
  const peta = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const grup = peta.get(k);
    if (grup) grup.push(x);
    else peta.set(k, [x]);
  }
  return peta;
}
