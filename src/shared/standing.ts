/**
 * How an event stands, shown to readers wherever it appears: on the record
 * or borne out by independent reports; reported (unnamed officials, or one
 * outlet); or claimed by a party to the events and attributed to it.
 * Here rather than in the schema because the browser's filters read it too.
 */
export const EVENT_STANDINGS = ['confirmed', 'reported', 'claimed'] as const;
export type EventStanding = (typeof EVENT_STANDINGS)[number];

export const isEventStanding = (value: string): value is EventStanding => (EVENT_STANDINGS as readonly string[]).includes(value);

/** How an item stands, where data names its standing only when it is not confirmed (TimelineItem). */
export const standingOf = (item: { standing?: EventStanding | undefined }): EventStanding => item.standing ?? 'confirmed';
