// The few host globals the core uses, declared by hand. Node 20, the page and a Web Worker all have them;
// declaring only these (not the DOM or Node libraries) keeps `window`, `document` and `process` out of the
// core's types. Only tsconfig.core.json includes this file; the other configs see the real declarations.

declare const performance: { now(): number }

declare function setTimeout(callback: () => void, ms: number): unknown
declare function clearTimeout(handle: unknown): void

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>
}

declare class TextDecoder {
  decode(input?: Uint8Array): string
}

declare class Blob {
  constructor(parts: (string | Uint8Array<ArrayBuffer>)[])
  stream(): { pipeThrough(transform: DecompressionStream): unknown }
}

declare class DecompressionStream {
  constructor(format: 'gzip')
}

declare class Response {
  constructor(body: unknown)
  arrayBuffer(): Promise<ArrayBuffer>
}

declare function fetch(url: string): Promise<{ ok: boolean; status: number; blob(): Promise<Blob & { arrayBuffer(): Promise<ArrayBuffer> }> }>
