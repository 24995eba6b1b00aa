/**
 * Iterates `source` while keeping up to `ahead` items requested before the consumer asks for
 * them, so the next page downloads while the current one is stored. Items and errors come out
 * in source order; an error surfaces only after every item before it was consumed. Stopping
 * early (break, throw) calls the source's return(), though pulls already in flight still finish.
 */
export async function* prefetch<T>(source: AsyncIterable<T>, ahead = 1, pullAhead: (item: T) => boolean = () => true): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Array<Promise<IteratorResult<T>>> = [];
  let exhausted = false;
  // An async generator queues next() calls, so pulls run one at a time and stay in order.
  const pull = () => {
    const next = iterator.next();
    // Marked handled here: a rejection is rethrown when its turn comes, never reported early.
    next.catch(() => undefined);
    pending.push(next);
  };
  let finished = false;
  try {
    pull();
    while (pending.length) {
      const result = await pending.shift()!;
      if (result.done) {
        exhausted = true;
        break;
      }
      // `pullAhead` false: the consumer will likely stop after this item, so nothing is requested
      // for it in advance; if it asks for more after all, the next item is requested then.
      if (pullAhead(result.value)) while (!exhausted && pending.length < ahead) pull();
      yield result.value;
      if (pending.length === 0) pull();
    }
    finished = true;
  } finally {
    if (!finished && !exhausted) await iterator.return?.();
  }
}
