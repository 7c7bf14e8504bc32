// Declarations for what TypeScript cannot see: ForceAtlas2's single iteration (CommonJS, no types of its own) and
// the worker's code, bundled by build.mjs and put in the page as a string.
declare module 'graphology-layout-forceatlas2/iterate' {
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare const __FA2_WORKER__: string;
