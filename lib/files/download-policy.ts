/**
 * A downloaded file's Content-Security-Policy: sandboxed with nothing allowed, should a
 * browser ever render it. Its own module so proxy.ts (which gives every page its policy)
 * can give the download route this one instead without loading the download code.
 */
export const DOWNLOAD_POLICY = "sandbox; default-src 'none'";

/** /staff/requests/<reference>/files/<id>, in either language. */
export const DOWNLOAD_PATH = /^(?:\/en)?\/staff\/requests\/[^/]+\/files\/[^/]+\/?$/;
