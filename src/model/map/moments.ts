/**
 * The map at a few moments the story chooses (site.yaml `map.moments`), for
 * small multiples that work without JavaScript: at each moment, which areas
 * were in force, who held each place, how many events had happened; and
 * what changed since the moment before (areas begun or ended, places that
 * changed hands, the most important new events). Pure data from the map's
 * model, which already knows when everything applies.
 */
import type { Story } from '../../content/story.ts';
import type { EventStanding } from '../../schemas/event.ts';
import { byId } from '../story-index.ts';
import { appliesOn, type MapArea } from './areas.ts';
import { holderOn } from './control.ts';
import type { MapModel } from './model.ts';
import { formatPartialDate } from '../../shared/dates.ts';
import { UI } from '../../shared/ui.ts';

export interface MomentChange {
  place: string;
  name: string;
  from: string | undefined;
  to: string;
  event: string;
  standing: EventStanding;
  claimedBy: string | undefined;
}

export interface MapMoment {
  date: string;
  label: string;
  /** Ids of the areas in force that day. */
  areas: string[];
  /** Who held each place that changed hands, that day: place id → holder id (and whether it is a claim). */
  holders: Record<string, { holder: string; claimed: boolean }>;
  /** Events that had happened by that day, of those on the map. */
  events: number;
  /** Since the moment before (or the start of the story, for the first). */
  changes: {
    began: MapArea[];
    ended: MapArea[];
    /** Areas that began and ended between the two moments, so neither shows them. */
    between: MapArea[];
    control: MomentChange[];
    /** How many events happened in between, and the most important of them (at most three), in time order. */
    newEvents: number;
    keyEvents: { id: string; title: string; date: string }[];
  };
}

const KEY_EVENTS = 3;

export function mapMoments(story: Story, model: MapModel, moments: readonly { date: string; label: string }[]): MapMoment[] {
  const events = byId(story.events);
  const drawn = model.areas.filter((a) => a.d !== '');
  const marks = [...new Map(model.places.flatMap((p) => p.events.map((e) => [e.id, e] as const))).values()];
  const names = new Map(model.places.map((p) => [p.id, p.name]));
  let previous: string | undefined;
  return moments.map(({ date, label }) => {
    const since = previous;
    previous = date;
    const happened = (day: string) => day <= date && (since === undefined || day > since);
    const holders = Object.fromEntries(
      Object.entries(model.holdings).flatMap(([place, h]) => {
        const now = holderOn(h.changes, date);
        return now ? [[place, { holder: now.holder, claimed: now.since?.standing === 'claimed' }]] : [];
      }),
    );
    const control = Object.entries(model.holdings).flatMap(([place, h]) =>
      h.changes
        .filter((c) => happened(c.date))
        .map((c) => ({ place, name: names.get(place) ?? place, from: c.from, to: c.to, event: c.event, standing: c.standing, claimedBy: c.claimedBy })),
    );
    const fresh = marks.filter((e) => happened(e.first));
    const keyEvents = [...fresh]
      .sort((a, b) => (events.get(b.id)?.data.importance ?? 0) - (events.get(a.id)?.data.importance ?? 0) || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0) || (a.id < b.id ? -1 : 1))
      .slice(0, KEY_EVENTS)
      .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.id < b.id ? -1 : 1))
      .map((e) => ({ id: e.id, title: events.get(e.id)?.data.title ?? e.id, date: events.get(e.id)?.data.date ?? e.first }));
    const inForce = (day: string | undefined) => new Set(day === undefined ? [] : drawn.filter((a) => appliesOn(a, day)).map((a) => a.id));
    const before = inForce(since);
    const now = inForce(date);
    return {
      date,
      label,
      areas: [...now],
      holders,
      events: marks.filter((e) => e.first <= date).length,
      changes: {
        // For the first moment, "began" lists what was already in force: everything is new to the reader.
        began: drawn.filter((a) => now.has(a.id) && !before.has(a.id)),
        ended: drawn.filter((a) => before.has(a.id) && !now.has(a.id)),
        between: since === undefined ? [] : drawn.filter((a) => a.from > since && a.to < date),
        control: control.sort((a, b) => (a.name < b.name ? -1 : 1)),
        newEvents: fresh.length,
        keyEvents,
      },
    };
  });
}

/**
 * The part of the map the small maps show: the box round the story's places
 * on the map, with a margin of a tenth of the map on each side, never larger
 * than the map, in its proportions (so the small maps line up).
 */
export function momentBox(model: Pick<MapModel, 'places' | 'width' | 'height'>): { x: number; y: number; width: number; height: number } {
  const full = { x: 0, y: 0, width: model.width, height: model.height };
  if (model.places.length === 0) return full;
  const xs = model.places.map((p) => p.x);
  const ys = model.places.map((p) => p.y);
  const margin = model.width / 10;
  let x0 = Math.min(...xs) - margin;
  let x1 = Math.max(...xs) + margin;
  let y0 = Math.min(...ys) - margin;
  let y1 = Math.max(...ys) + margin;
  // Widen the shorter side to the map's proportions, about the same centre.
  const ratio = model.width / model.height;
  if ((x1 - x0) / (y1 - y0) < ratio) {
    const grow = ((y1 - y0) * ratio - (x1 - x0)) / 2;
    x0 -= grow;
    x1 += grow;
  } else {
    const grow = ((x1 - x0) / ratio - (y1 - y0)) / 2;
    y0 -= grow;
    y1 += grow;
  }
  const width = Math.min(model.width, x1 - x0);
  const height = Math.min(model.height, y1 - y0);
  const x = Math.min(Math.max(0, x0), model.width - width);
  const y = Math.min(Math.max(0, y0), model.height - height);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x: r(x), y: r(y), width: r(width), height: r(height) };
}

/** The text alternative of the map on a moment's day: the day (in `language`, site.yaml's), the areas in force, who held what. */
export function momentLabel(model: Pick<MapModel, 'areas' | 'holders' | 'places'>, moment: Pick<MapMoment, 'date' | 'areas' | 'holders'>, language: string): string {
  const areas = new Map(model.areas.map((a) => [a.id, a.label]));
  const holders = new Map(model.holders.map((h) => [h.id, h.label]));
  const places = new Map(model.places.map((p) => [p.id, p.name]));
  return UI.moments.label(
    formatPartialDate(moment.date, language),
    moment.areas.flatMap((a) => areas.get(a) ?? []),
    Object.entries(moment.holders).map(([p, h]) => `${places.get(p) ?? p}: ${holders.get(h.holder) ?? h.holder}${h.claimed ? ` (${UI.map.claimed})` : ''}`),
  );
}
