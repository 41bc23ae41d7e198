/**
 * The old addresses of renamed entries (their `formerIds`) and where each
 * now is, so a link shared before a rename still reaches the page.
 */
import { FOLDERS, formerIdsOf, KINDS } from '../content/registry.ts';
import type { Story } from '../content/story.ts';

export interface MovedAddress {
  /** The old page address, root-relative: "/timeline/2020-03-01-bridge-vote/". */
  from: string;
  /** The entry's page now. */
  to: string;
  /** The entry's title or name, for the link that sends readers on. */
  title: string;
}

const titleOf = (data: unknown): string => {
  const { title, name } = data as { title?: string; name?: string };
  return title ?? name ?? '';
};

export function movedAddresses(story: Story): MovedAddress[] {
  return FOLDERS.flatMap((folder) =>
    (story[folder] as Story[typeof folder]).flatMap(({ id, data }) =>
      formerIdsOf(data).map((former) => ({ from: KINDS[folder].page(former), to: KINDS[folder].page(id), title: titleOf(data) })),
    ),
  );
}
