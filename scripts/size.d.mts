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
  /** What import() brings in on the first bounce (engine, matchers of reply codes, statuses and providers without their words, card). */
  lazy: SizeGroup;
  /** Each provider chunk (heaviest first): loaded only for a bounce the engine explains with that provider's entries. */
  providers: (SizeGroup & { id: string })[];
  /** Each word chunk of the reply codes and statuses (heaviest first): loaded only for a bounce whose report uses one of its entries. */
  words: (SizeGroup & { id: string })[];
  /** Other lazy chunks a rendered bounce never loads (the MIME parser). */
  others: SizeGroup[];
  bounce: {
    /** Injected + lazy + every word chunk + the WORST_CASE_PROVIDERS heaviest provider chunks. */
    worstCase: { providers: string[]; gzip: number };
    everyProvider: { gzip: number };
  };
  /** What one bounce loads in all (gzip) when it selects the given provider ids and word chunks. */
  inAll(providerIds: string[], wordChunks?: string[]): number;
}
export declare const INJECTED_GZIP_BUDGET: number;
export declare const BOUNCE_GZIP_BUDGET: number;
export declare const WORST_CASE_PROVIDERS: number;
export declare function measure(dir: string): ContentScriptSize[];
export declare function budgetProblems(results: ContentScriptSize[]): string[];
