/**
 * What changes over time: rules (dated states, in order, never overlapping,
 * each one of site.yaml's states and cited) and map layers (a shape built
 * from places that exist, or valid GeoJSON; dates in order; cited).
 */
import { partialDate } from '../../shared/dates.ts';
import type { LayerData } from '../../schemas/layer.ts';
import type { CheckContext } from './context.ts';

const claimed = (ctx: CheckContext, file: string, field: string, data: { standing: string; claimedBy?: string | undefined }) => {
  if (data.standing === 'claimed' && data.claimedBy === undefined) ctx.report(file, `${field}claimedBy`, 'is missing: a claim says who claims it', 'add claimedBy: naming the party.');
  if (data.standing !== 'claimed' && data.claimedBy !== undefined) ctx.report(file, `${field}claimedBy`, `is only for a claim, and this is "${data.standing}"`, 'remove claimedBy:, or set standing: claimed.');
};

export function checkRules(ctx: CheckContext): void {
  const states = new Set(ctx.story.site.ruleStates.map((s) => s.id));
  for (const { file, data } of ctx.story.rules) {
    if (data.system !== undefined) ctx.ref(file, 'system', 'systems', data.system);
    let previousEnd: string | undefined;
    data.states.forEach((step, i) => {
      const at = `states[${i}]`;
      if (!states.has(step.state)) {
        ctx.report(
          file,
          `${at}.state`,
          `"${step.state}" is not a rule state of this site`,
          states.size > 0 ? `use one of: ${[...states].join(', ')} (or add it to ruleStates in site.yaml).` : 'list the states under ruleStates in site.yaml.',
        );
      }
      if (step.to !== undefined) ctx.ordered(file, `${at}.to`, step.from, step.to, 'from');
      if (previousEnd !== undefined && partialDate(step.from).first <= previousEnd) {
        ctx.report(file, `${at}.from`, `${step.from} is not after the state before it, which runs to ${previousEnd}`, 'list states earliest first, and end each before the next begins.');
      }
      previousEnd = step.to !== undefined ? partialDate(step.to).last : partialDate(step.from).first;
      claimed(ctx, file, `${at}.`, step);
      step.events.forEach((id, j) => ctx.ref(file, `${at}.events[${j}]`, 'events', id));
      ctx.citations(file, `${at}.sources`, step.sources);
      ctx.primary(file, `${at}.sources`, step.sources, 'the state');
    });
  }
}

/** Longest GeoJSON a layer may carry inline, in coordinate pairs: an area drawn by hand, not a dataset. */
export const MAX_LAYER_POINTS = 5000;

/** Problems with inline GeoJSON, as "what, fix" pairs. */
function geojsonProblems(geometry: { type: string; coordinates: unknown[] }): [string, string][] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[];
  const problems: [string, string][] = [];
  let points = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.push(['has a polygon with no rings', 'give each polygon at least one ring of [longitude, latitude] pairs.']);
      continue;
    }
    for (const ring of polygon) {
      const ok = Array.isArray(ring) && ring.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
      if (!ok) {
        problems.push(['has a ring that is not a list of [longitude, latitude] pairs', 'write each point as [longitude, latitude] in degrees.']);
        continue;
      }
      const pairs = ring as [number, number][];
      points += pairs.length;
      if (pairs.some(([x, y]) => x < -180 || x > 180 || y < -90 || y > 90)) problems.push(['has a point outside -180 to 180 longitude or -90 to 90 latitude', 'write [longitude, latitude], in that order, in degrees.']);
      const [first, last] = [pairs[0], pairs.at(-1)];
      if (pairs.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(['has a ring that is not closed', 'repeat the first point at the end of each ring; a ring needs at least four points.']);
      }
    }
  }
  if (points > MAX_LAYER_POINTS) problems.push([`has ${points} points, more than ${MAX_LAYER_POINTS}`, 'simplify the shape: a layer is an area drawn for readers, not a dataset.']);
  return problems;
}

function checkGeometry(ctx: CheckContext, file: string, geometry: LayerData['geometry']): void {
  if ('band' in geometry) {
    const { between, side, from, to } = geometry.band;
    if (!between.includes(side)) ctx.report(file, 'geometry.band.side', `${side} is not one of the two countries of the border, ${between.join(' and ')}`, `write one of ${between.join(', ')}.`);
    if ((from === undefined) !== (to === undefined)) ctx.report(file, 'geometry.band', 'names only one end of the stretch', 'give both from: and to:, or neither for the whole border.');
    if (from !== undefined) ctx.ref(file, 'geometry.band.from', 'places', from);
    if (to !== undefined) ctx.ref(file, 'geometry.band.to', 'places', to);
  } else if ('circle' in geometry) {
    ctx.ref(file, 'geometry.circle.place', 'places', geometry.circle.place);
  } else if ('geojson' in geometry) {
    for (const [message, fix] of geojsonProblems(geometry.geojson)) ctx.report(file, 'geometry.geojson', message, fix);
  }
}

export function checkLayers(ctx: CheckContext): void {
  for (const { file, data } of ctx.story.layers) {
    checkGeometry(ctx, file, data.geometry);
    if (data.from !== undefined && data.to !== undefined) ctx.ordered(file, 'to', data.from, data.to, 'from');
    claimed(ctx, file, '', data);
    if (data.schematicNote !== undefined && !data.schematic) {
      ctx.report(file, 'schematicNote', 'is only for a schematic shape, and this one is not marked schematic', 'add schematic: true, or remove schematicNote:.');
    }
    data.events.forEach((id, i) => ctx.ref(file, `events[${i}]`, 'events', id));
    ctx.citations(file, 'sources', data.sources);
    ctx.primary(file, 'sources', data.sources, 'the area');
  }
}
