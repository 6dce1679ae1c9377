// The service worker does no work of its own: checking happens in the content
// script and the popup. It exists so the extension has a stable id and an
// install hook (and so end-to-end tests can find the extension).
export default defineBackground(() => {});
