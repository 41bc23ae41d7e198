/** Ids are file names: lower-case words joined by single hyphens, safe in any URL. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
