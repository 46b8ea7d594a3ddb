// Node has WebAssembly, but TypeScript declares it only in the DOM libraries this project does not
// use: the part of it used here, typed. Undefined where the runtime has none (node --jitless).
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
export interface WebAssemblyApi {
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => WasmInstance;
}

export const webAssembly: WebAssemblyApi | undefined = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;

/** The compiled searches, each with its JavaScript search beside it: the beam search (beam.ts). */
export type WasmDevice = 'beam';

/**
 * WebAssembly for one device, or undefined when the runtime has none or $CCHC_WASM_OFF names the
 * device ("beam", a comma-separated list of devices, or "all"): the JavaScript search then runs, with
 * the same results. Asked when a search is made, not on every call.
 */
export function webAssemblyFor(device: WasmDevice): WebAssemblyApi | undefined {
  const off = process.env.CCHC_WASM_OFF;
  if (off && off.split(',').some((name) => name.trim() === device || name.trim() === 'all')) return undefined;
  return webAssembly;
}

const compiled = new Map<string, object>();

/**
 * The exports of an instance, over `memory`, of the module whose bytes are `base64` (one of the
 * *-bytes.ts modules `npm run build:wasm` writes), compiled once per process. Callers check
 * `webAssembly` first.
 */
export function instantiate<Exports extends object>(
  api: WebAssemblyApi,
  base64: string,
  memory: WasmMemory,
  functions: ReadonlyArray<keyof Exports & string>,
): Exports {
  let module = compiled.get(base64);
  if (!module) compiled.set(base64, (module = new api.Module(Buffer.from(base64, 'base64'))));
  const exports = new api.Instance(module, { env: { memory } }).exports;
  if (!exportsFunctions<Exports>(exports, functions))
    throw new Error(`a WebAssembly module without the functions ${functions.join(', ')} (npm run build:wasm)`);
  return exports;
}

/** Whether the instance exports every one of `functions` (the rest of Exports is its functions' types). */
function exportsFunctions<Exports>(
  exports: Record<string, unknown>,
  functions: readonly string[],
): exports is Record<string, unknown> & Exports {
  return functions.every((name) => typeof exports[name] === 'function');
}
