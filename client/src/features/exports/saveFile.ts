/** Long enough for the browser to have read the blob, short enough not to keep the file in memory. */
const REVOKE_AFTER_MS = 60_000;

function blobUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return url;
}

/** Saves a file the way a download link does, under the name the server gave. */
export function saveBlob(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = blobUrl(blob);
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * An empty tab opened during the click itself, before any await, so that popup blockers let it
 * through; the page is put in it once it has arrived. Null when the browser blocked it.
 */
export function openBlankTab(): Window | null {
  const tab = window.open('', '_blank');
  if (tab) tab.opener = null;
  return tab;
}

export function showInTab(tab: Window, blob: Blob): void {
  tab.location.href = blobUrl(blob);
}
