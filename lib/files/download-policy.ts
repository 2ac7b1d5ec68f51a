/**
 * A downloaded file's Content-Security-Policy: sandboxed with nothing allowed, should a
 * browser ever render it. Its own module so proxy.ts (which gives every page its policy)
 * can give the download route this one instead without loading the download code.
 */
export const DOWNLOAD_POLICY = "sandbox; default-src 'none'";

/**
 * /staff/requests/<reference>/files/<id>, and the corruption-report channel's downloads
 * (/integrity/recipient/reports/<id>/files/<id>, /integrity/follow/file), in either language.
 */
export const DOWNLOAD_PATH = /^(?:\/en)?(?:\/staff\/requests\/[^/]+\/files\/[^/]+|\/integrity\/recipient\/reports\/[^/]+\/files\/[^/]+|\/integrity\/follow\/file)\/?$/;
