/** Ids are file names: lower-case words joined by single hyphens, safe in any URL. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The date an id begins with, to the month at least: "2020-03-02" of "2020-03-02-bridge-vote", "2020-05" of
 * "2020-05-storm". A leading number alone may be a count ("1000-sandbags"), so it is none.
 */
export const idDate = (id: string): string | undefined => /^(\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?)-/.exec(id)?.[1];
