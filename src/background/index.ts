// The service worker (Chrome) / background script (Firefox). v1 needs no background work: everything
// happens in the content scripts and the popup. It exists so later features (the context menu) have a
// home, and so the build and the tests exercise the background entry from the start.
export {};
