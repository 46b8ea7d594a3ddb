// A module's tables, indexes and scans are built on first use through this, not at import: a
// module costs only its compiling until something calls into it, and a command that never needs a
// table never builds it. Below every stage, like errors.ts.

/**
 * `build`'s value, made on the first call and kept: the same value on every call after. A build
 * that throws is tried again on the next call. Calls to lazy itself have no side effect (the
 * annotation lets the bundler drop a table no code reads).
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
