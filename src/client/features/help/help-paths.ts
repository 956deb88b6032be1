/** The page of one request for help, which can be linked, shared and reopened after a reload. */
export function helpRequestPath(requestId: string): string {
  return `/help/${encodeURIComponent(requestId)}`;
}
