// Types for scripts/size.mjs (a plain Node script so `node scripts/size.mjs` runs without a build step).
export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface SizeGroup {
  files: FileSize[];
  bytes: number;
  gzip: number;
}
export interface ContentScriptSize {
  matches: string[];
  /** The loader, the content script's chunk and its static imports: paid on every webmail page load. */
  injected: SizeGroup;
  /** What import() brings in on the first bounce (engine, dataset, card). */
  lazy: SizeGroup;
}
export declare const INJECTED_GZIP_BUDGET: number;
export declare function measure(dir: string): ContentScriptSize[];
