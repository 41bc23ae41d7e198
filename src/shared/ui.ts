/**
 * The site's own words: every interface string that is not story content
 * (navigation, buttons, legends, headings the templates write, messages),
 * in one typed module, used by the build and by the browser scripts alike.
 * This is the groundwork for a second language: a translation is a second
 * object of the same type, picked by site.yaml's language.
 */
import { plural } from './words.ts';

export const UI = {
  map: {
    /** Follows "Map of" when a story names no map title. */
    storyPlaces: "the story's places",
    title: (what: string) => `Map of ${what}`,
    asOf: (date: string) => `as of ${date}`,
    borders: 'with internationally recognised borders.',
    placesMarked: (places: number) => `${plural(places, 'place')} from the story are marked`,
    eventDots: (events: number, from: string, to: string) => `, with dots for ${plural(events, 'event')} between ${from} and ${to}, coloured by category`,
    rangesFrom: (origin: string) => `Ranges from ${origin}`,
    rangesLine: (origin: string, rings: string) => `Lines show how far weapons reach from ${origin}: ${rings}.`,
    distances: 'Distances',
    distancesLine: (list: string) => `Distances: ${list}.`,
    textFollows: 'A text version follows the map.',
    asText: 'The map as text',
    placesCaption: 'Places on the map and what happened there',
    place: 'Place',
    events: 'Events',
    noEvents: 'No events in the story',
    notOnMap: 'Not on this map:',
    legendPlace: 'Place (larger for capitals and cities)',
    legendEvents: 'Events, by category:',
    legendReach: (origin: string) => `Weapon reach from ${origin}`,
    heldBy: 'Held by:',
    heldHeading: 'Who held each place',
    heldChange: (holder: string, date: string) => `held by ${holder} from ${date}`,
    howWeKnow: 'the event',
    areasHeading: 'Areas drawn',
    schematicShape: 'schematic: the sources give no exact extent',
    claimed: 'claimed',
    legendDistance: 'Great-circle distance',
    schematic: 'schematic',
    noRanges: 'No ranges are recorded for the weapons in this story.',
    standBack: 'Launchers stand back from the border, so what they can reach across it is less than the full range.',
    distanceNote: (border: string | undefined) =>
      `Shortest distances over the Earth's surface, computed from the places' coordinates${border ? `; “the border” is the nearest point of ${border}` : ''}.`,
    theBorder: 'the border',
    credits: 'Borders and coastlines:',
    layers: { places: 'Places', events: 'Events', reach: 'Weapon reach', distances: 'Distances', labels: 'Labels', areas: 'Areas' },
    show: 'Show',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Reset view',
    zoom: 'Zoom',
    close: 'Close',
  },
  standing: {
    claimedBy: (who: string) => `claimed by ${who}`,
  },
  sourceLabel: 'Source:',
  sourcesLabel: 'Sources:',
} as const;

export type UIStrings = typeof UI;
