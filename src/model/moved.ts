/**
 * The old addresses of renamed entries (their `formerIds`) and where each
 * now is, so a link shared before a rename still reaches the page.
 */
import { FOLDERS, formerIdsOf, KINDS, nameOf } from '../content/registry.ts';
import type { Story } from '../content/story.ts';

export interface MovedAddress {
  /** The old page address, root-relative: "/timeline/2020-03-01-bridge-vote/". */
  from: string;
  /** The entry's page now. */
  to: string;
  /** The entry's title or name, for the link that sends readers on. */
  title: string;
}

const moved = new WeakMap<Story, MovedAddress[]>();

/** Worked out once per story: the sitemap's filter asks for every page it lists. */
export function movedAddresses(story: Story): MovedAddress[] {
  const known = moved.get(story);
  if (known) return known;
  const made = FOLDERS.flatMap((folder) =>
    (story[folder] as Story[typeof folder]).flatMap(({ id, data }) =>
      formerIdsOf(data).map((former) => ({ from: KINDS[folder].page(former), to: KINDS[folder].page(id), title: nameOf(data) })),
    ),
  );
  moved.set(story, made);
  return made;
}
