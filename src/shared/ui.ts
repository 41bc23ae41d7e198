/**
 * The site's own words: every interface string that is not story content
 * (navigation, buttons, legends, headings the templates write, messages),
 * in one typed module, used by the build and by the browser scripts alike.
 * This is the groundwork for a second language: a translation is a second
 * object of the same type, picked by site.yaml's language.
 */
import { formatNumber, plural } from './words.ts';

/** How sources hedge a range (a system variant's `qualifier`), as readers see it. */
const QUALIFIERS = { about: 'about', 'up to': 'up to', 'more than': 'more than' } as const;

/** A weapon's reported range: "up to 300 km", "300 km". */
const range = (qualifier: keyof typeof QUALIFIERS | undefined, km: string) => `${qualifier ? `${QUALIFIERS[qualifier]} ` : ''}${km} km`;

/** Areas in force, in the map's summary: "a; b". */
const areaList = (areas: string[]) => areas.join('; ');

export const UI = {
  nav: {
    main: 'Main',
    menu: 'Menu',
    footer: 'Footer',
    skip: 'Skip to content',
    explainers: 'Explainers',
    timeline: 'Timeline',
    map: 'Map',
    rules: 'Rules',
    people: 'People',
    sources: 'Sources',
    glossary: 'Glossary',
    about: 'About',
  },
  search: {
    label: 'Search',
    field: 'Search the site',
    placeholder: 'Search',
    shortcut: 'Search ( / )',
    /** A result's date when it is when the page was written (an explainer's), not a day of the story. */
    updated: (date: string) => `updated ${date}`,
    /** What each kind of result is called, on the result and in the filter by type. */
    types: { explainer: 'Explainer', event: 'Event', person: 'Person', source: 'Source', term: 'Glossary term', system: 'Weapon', place: 'Place', page: 'Page' },
  },
  searchPage: {
    title: 'Search',
    refine: 'Filter and sort',
    order: 'Order',
    best: 'Best match',
    newest: 'Newest first',
    oldest: 'Oldest first',
    filters: { type: 'Type', category: 'Category', year: 'Year', standing: 'How it stands' },
    resultOne: (query: string) => `1 result for “${query}”`,
    resultsMany: (count: string, query: string) => `${count} results for “${query}”`,
    noResults: (query: string) => `Nothing found for “${query}”. Try another spelling, or fewer words.`,
    loose: (query: string) => `No exact match for “${query}”: these results contain words that begin like it or come close.`,
    /** After a query with no exact match, when a name on the site is a few letters from it; the name is a link. */
    didYouMean: (name: string) => `Did you mean “${name}”?`,
    toFilters: 'Filter these results',
    more: (count: string) => `Show ${count} more`,
    /** Without JavaScript: the indexes that reach everything search would. */
    fallback: {
      needsJs: 'Search results need JavaScript. Everything on the site can also be reached from these indexes:',
      glossary: 'Glossary, A to Z',
      /** After the glossary's link: what it holds. */
      glossaryHolds: (systems: boolean) => (systems ? '(terms, weapons and their other names)' : '(terms and their other names)'),
      places: (link: string) => `${link}, with what happened at each`,
      events: 'Every event by date',
      sources: 'Every source',
    },
  },
  notFound: {
    title: 'Page not found',
    message: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Home',
  },
  /** The page at a renamed entry's old address (src/pages/[...moved].astro). */
  moved: {
    title: 'This page has moved',
    message: 'It is now at',
    bookmark: 'Your browser should take you there at once. If you saved or shared the old address, use the new one.',
  },
  timelinePage: {
    description: (from: string, to: string) => `Every event from ${from} to ${to}, with its sources.`,
    intro: (events: number, from: string, to: string) => `${plural(events, 'event')} from ${from} to ${to}, oldest first. Each links to a page with its sources.`,
    listHeading: 'Every event, by date',
  },
  glossary: {
    description: (systems: boolean) =>
      systems ? 'Terms, weapons and platforms in the story, with their other names and sources.' : 'Terms in the story, with their other names and sources.',
    letters: 'Letters',
    systems: 'Weapons and platforms',
    also: 'Also:',
    rangesCaption: (system: string) => `Reported range of each ${system} variant`,
    columns: { variant: 'Variant', range: 'Range', source: 'Source' },
    range: (qualifier: keyof typeof QUALIFIERS | undefined, km: number) => range(qualifier, String(km)),
  },
  footer: {
    explore: 'Explore',
    data: 'Data and method',
    currentTo: (date: string) => `Current to ${date}.`,
    promise: 'Every event cites its sources, and every quotation is checked word for word against the stored text of its source when the site is built.',
    method: 'How this site works, corrections and credits',
    openData: 'Open data: events as JSON, CSV and calendar',
    feed: 'Feed of explainers and corrections',
    allSources: 'Every source',
  },
  eventList: {
    /** Heads the events of a year known only to the year, after its months. */
    during: (year: number) => `During ${year}`,
  },
  dates: {
    /** Beside a date known only to the month or year, which is written as such ("March 2022"). */
    knownTo: { month: 'date known to the month', year: 'date known to the year' },
    /** The months as time axes name them (timeline, rules chart, scrubber), January first. */
    axisMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  corrections: {
    heading: 'Corrections',
    why: 'Why:',
  },
  explainers: {
    description: 'Explainers on the story, in reading order, each with its sources.',
    intro: 'Each explainer takes one part of the story, cites a source for every fact, and links to the stored text of each. Read them in this order, or start with whichever question you have.',
    /** Before the key to the dots on each entry's line of the story. */
    dots: 'Each line is the whole story; its dots are the explainer’s events:',
    /** What an entry's dots are, in its story strip's label. */
    eventsOf: (title: string) => `the events in “${title}”`,
  },
  home: {
    kicker: 'An explainer',
    moments: (n: number) => `The story in ${n} moments`,
    momentsCaption: 'the key moments',
    everyEvent: 'Every event, in order',
    where: 'Where it happened',
    openMap: 'Open the map',
    mapTeaser: (places: number, what: string, has: { holders: boolean; reach: boolean }) =>
      `${plural(places, 'place')} on the map of ${what}: where each event happened${has.holders ? ', who held it' : ''}${has.reach ? ' and what each weapon could reach' : ''}.`,
    /** The places with most events, beside the map teaser; the dots are sized by the same count. */
    busiest: 'Where most happened',
    placeEvents: (name: string, events: number) => `${name}, ${plural(events, 'event')}`,
    /** The counts under the home page's title, after "Current to …". */
    facts: {
      events: (n: number) => plural(n, 'dated event'),
      sources: (n: number) => plural(n, 'source'),
      explainers: (n: number) => plural(n, 'explainer'),
    },
    explainers: 'Explainers',
    corrections: 'Latest corrections',
    allCorrections: 'All corrections',
  },
  /** The Atom feed of explainers and corrections (src/render/feed.ts), and its link in every page's head. */
  feed: {
    title: (site: string) => `${site}: explainers and corrections`,
    correctionTitle: (target: string) => `Correction to ${target}`,
    correctionSummary: (change: string, reason: string) => `${change} Why: ${reason}`,
  },
  /** The social cards (src/model/card-content.ts): the words drawn on the image and its text alternative. */
  card: {
    siteKind: 'Explainer site',
    explainerKind: 'Explainer',
    siteFooter: (events: number, sources: number, end: string) => `${plural(events, 'event')} · ${plural(sources, 'source')} · current to ${end}`,
    explainerFooter: (dates: string, sources: number) => `${dates} · ${plural(sources, 'source')}`,
    dates: (published: string, updated: string | undefined) => `Published ${published}${updated ? `, updated ${updated}` : ''}`,
    alt: (kind: string, title: string, footer: string, from: string, to: string, picked: number) =>
      `${kind}: ${title}. ${footer}. A strip of the story’s events from ${from} to ${to}${picked > 0 ? `, the ${plural(picked, 'event')} it discusses picked out` : ''}.`,
  },
  after: {
    heading: 'After this story',
    intro: (end: string) => `This site covers events to ${end}. Since then, briefly:`,
  },
  explainer: {
    kicker: 'Explainer',
    part: (n: number, of: number) => `Part ${n} of ${of}`,
    published: 'Published',
    updated: 'Updated',
    minutes: (n: number) => `${n} min read`,
    words: (n: number) => `${formatNumber(n)} words`,
    currentTo: (date: string) => `Current to ${date}`,
    corrections: (n: number) => plural(n, 'correction'),
    keyPoints: 'Key points',
    onThisPage: 'On this page',
    keyTerms: 'Terms in this explainer',
    inGlossary: 'In the glossary',
    linkToSection: 'Link to this section',
    eventsHeading: 'Events in this explainer',
    eventsStrip: 'the events in this explainer',
    readNext: 'Read next',
    previous: 'Previous in the series',
    next: 'Next in the series',
    related: 'On the same events',
    startHere: 'Start here',
    all: 'All explainers',
  },
  event: {
    where: 'Where',
    who: 'Who',
    systems: 'Weapons and platforms',
    control: 'Changed hands',
    changedHands: (from: string | undefined, to: string) => (from ? `from ${from} to ${to}` : `to ${to}`),
    tags: 'Tags',
    sources: 'Sources',
    explainedIn: 'Explained in',
    neighbours: 'Neighbouring events',
  },
  people: {
    description: (title: string) => `The people in ${title}: the posts they held, what they were quoted saying and the events they were part of, each sourced.`,
    intro: 'Everyone the story quotes or names, with the posts they held and the sources for each. Spellings sources use are listed, and search finds any of them.',
    kicker: 'Person',
    also: 'Also spelled',
    posts: 'Posts',
    from: (date: string) => `from ${date}`,
    to: (date: string) => `to ${date}`,
    /** A post that had ended by the end of the story, or one whose start no source gives: "Mayor until 4 May 2021". */
    until: (title: string, date: string) => `${title} until ${date}`,
    untilOnly: 'until',
    quotes: 'In their words',
    quotesIntro: 'Passages quoted on this site, copied word for word from the stored source.',
    quotedOn: 'Quoted in',
    events: 'Events',
    counts: (quotes: number, events: number) => [quotes > 0 ? plural(quotes, 'quote') : '', events > 0 ? plural(events, 'event') : ''].filter(Boolean).join(' · '),
  },
  rules: {
    description: (title: string) => `How the rules changed over time in ${title}: each rule, state by state, with its sources.`,
    intro: 'Each row is one rule, as it changed over time. Every state is dated and sourced; a state the sources only report, or a party only claims, is marked so.',
    chartTitle: 'How the rules changed over time',
    asText: 'The chart as text',
    legend: 'States',
    state: 'State',
    when: 'When',
    sources: 'Sources',
    until: (date: string) => `to ${date}`,
    /** Before the first day of a state that lasts to the end of the story: "From 12 May 2020". */
    from: 'From',
    events: 'Events',
    reportedKey: 'Paler, with a dashed edge: reported, not on the record',
    markKey: 'An event behind a state: a decision, a report or a statement (events days apart share a dot)',
    sourceLine: 'Sources: each state’s sources are listed in the text version, and link to the stored passages.',
    aboutWeapon: 'about the weapon',
    chartLabel: (rules: number, from: string, to: string, elsewhere = false) =>
      `${plural(rules, 'row')}, from ${from} to ${to}, each a run of coloured states. ${elsewhere ? 'The same information is on the rules page, as text.' : 'The same information follows as text.'}`,
    /** After the chart's "as of", when a day is marked on it (by ?at= or a map's scrubber): " · the line marks 15 June 2024". */
    dayNote: (date: string) => ` · the line marks ${date}`,
    /** The compact chart's link to the full one (the home page's lead). */
    inFull: 'Every state, dated and sourced, with the chart as text',
  },
  timeline: {
    // Functions the browser script uses take strings only: the server hands it each as a template (timelineText in src/model/timeline-data.ts).
    chartLabel: (events: number, first: string, last: string) => `Timeline of ${plural(events, 'event')}, ${first} to ${last}`,
    events: (n: number) => plural(n, 'event'),
    uncertainKey: 'Dashed: date known only to the month or year',
    reportedKey: 'Open: reported, not on the record',
    claimedKey: 'Open and dotted: claimed by a party',
    erasKey: 'Shaded periods:',
    noScript: 'Zooming, filters and event details need JavaScript; every event is also linked from the chart and listed by date.',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    wholePeriod: 'Whole period',
    filter: 'Filter',
    categories: 'Categories',
    tags: 'Tags (any of)',
    /** The standing filter's legend; its boxes use UI.standing.label. */
    standings: 'How it stands',
    shownOf: (shown: string, events: string) => `(${shown} of ${events})`,
    showing: (period: string, events: string) => `Showing ${period} · ${events}`,
    announce: (dateText: string, title: string, position: string, of: string) => `${dateText}: ${title}. ${position} of ${of}.`,
    cluster: (events: string, first: string, last: string) => `${events}, ${first} to ${last}: zoom in to separate them`,
    more: (n: string) => `+${n} more`,
    enlarged: (times: string) => `enlarged ×${times}`,
    details: 'Event details',
    detailsEmpty: 'Select an event on the chart to see what happened and its sources.',
    /** The same panel before the script runs (or without JavaScript), where a dot is a link to the event's page. */
    detailsLinks: 'Each dot on the chart is a link: to its event’s page, with what happened and its sources, or, for a numbered dot, to its events in the list.',
    outOfView: 'This event is outside the period the chart now shows.',
    showAgain: 'Show it on the chart',
    close: 'Close',
    closeDetails: 'Close details',
    where: 'Where:',
    sources: 'Sources',
    explainedIn: 'Explained in',
    openEvent: 'Open the event page',
  },
  strip: {
    label: (n: number, what: string, from: string, to: string) => `The story from ${from} to ${to}, with ${plural(n, 'dot')} for ${what}.`,
    seeAll: 'See every event on the timeline',
    /** Under a thumbnail of the story's line: how many dots, and from when to when. */
    span: (n: number, range: string) => `${plural(n, 'event')}, ${range}`,
    enlarged: (from: string, to: string) => ` They fall between ${from} and ${to}, a stretch enlarged under the line.`,
  },
  sourcesPage: {
    description: (title: string) => `Every document ${title} relies on: who published it and when, what it is, and which pages cite it.`,
    intro: (n: { all: number; original: number; official: number; syndicated: number; copy: number }) =>
      `${plural(n.all, 'source')}: ${plural(n.original, 'original report')}, ${plural(n.official, 'official record')}, ` +
      `${plural(n.syndicated, 'agency report')} republished by other outlets and ${plural(n.copy, 'copy', 'copies')} of other outlets’ reports. ` +
      'Each links to what we store of it; “used by” counts the pages of this site that cite it.',
    /** The table's caption; its order is the date column's aria-sort, which the sort script keeps true. */
    caption: 'Every source',
    /** What kind of document a source is (its `kind`), after "Sources ·" on its page. */
    kinds: { 'news-report': 'News report', 'official-statement': 'Official statement', transcript: 'Transcript', dataset: 'Dataset' },
    columns: { publisher: 'Publisher', date: 'Date', title: 'Title', what: 'What it is', usedBy: 'Used by' },
    /** The "used by" count spelled out, where the column heading is not beside it (stacked rows on a phone). */
    usedByLabel: 'Used by',
    /** What a source is, in a few words, for the list. */
    label: (standing: 'original' | 'official' | 'syndicated' | 'copy', via: string | undefined) => {
      // A possessive reads only on a proper name without a parenthesis: "AP’s report", but "a report by unnamed foreign media".
      const owns = (name: string) => /^[\p{Lu}\d]/u.test(name) && !name.endsWith(')');
      if (standing === 'original') return 'Original report';
      if (standing === 'official') return 'Official record';
      if (standing === 'syndicated') return via ? `Agency report via ${via}` : 'Agency report';
      return !via ? 'Copy of another outlet’s report' : owns(via) ? `Copy of ${via}’s report` : `Copy of a report by ${via}`;
    },
    /** What a source is, in one sentence, to lead its page. */
    sentence: (standing: 'original' | 'official' | 'syndicated' | 'copy', publisher: string, via: string | undefined) => {
      const owns = (name: string) => /^[\p{Lu}\d]/u.test(name) && !name.endsWith(')');
      const report = (name: string) => (owns(name) ? `${name}’s report` : `a report by ${name}`);
      const citing = via ? `, citing ${via}` : '';
      if (standing === 'original') return `${owns(publisher) ? `${publisher}’s own report` : `An original report by ${publisher}`}${citing}.`;
      if (standing === 'official') return `An official record by ${publisher}${citing}.`;
      if (standing === 'syndicated') {
        const whose = via ? report(via) : 'an agency report';
        return `${whose.charAt(0).toUpperCase()}${whose.slice(1)}, republished by ${publisher}.`;
      }
      return `A copy on ${publisher} of ${via ? report(via) : 'another outlet’s report'}.`;
    },
    /** What the standing means for what the source may support. */
    weight: {
      original: 'An outlet’s own report can support a headline fact on its own.',
      official: 'A record by the body that made it can support a headline fact on its own.',
      syndicated: 'A wire report republished with credit can support a headline fact on its own.',
      copy: 'A copy is never enough on its own: every headline fact it supports has another source that is not a copy.',
    },
    weightLink: 'What counts as a source',
    pageDescription: (what: string, site: string) => `${what} Stored, with the pages that cite it, as a source for ${site}.`,
    about: 'About this source',
    facts: {
      publisher: 'Publisher',
      authors: 'Authors',
      published: 'Published',
      retrieved: 'Retrieved',
      language: 'Language',
      url: 'Web address',
      original: 'The original',
      storedFrom: 'Text copied from',
      archived: 'Archived copy',
      archivedOn: 'saved',
    },
    storedFull: 'Full text stored',
    storedExcerpt: 'Excerpt stored',
    textFull: 'Full text as stored',
    textExcerpt: 'Passages relied on',
    textFullNote: 'The whole document as we hold it.',
    textExcerptNote: 'An excerpt: only the passages this site relies on, each set apart; the original may have more between them.',
    highlighted: 'Highlighted passages are quoted elsewhere on the site.',
    citedBy: 'Cited by',
    citedByCount: (n: number) => `Cited by ${plural(n, 'page')}`,
    notCited: 'No page cites this source yet.',
    groups: {
      explainer: 'Explainers',
      event: 'Events',
      person: 'People',
      rule: 'Rules',
      system: 'Weapons and platforms',
      term: 'Glossary',
      layer: 'Map',
      home: 'Home page',
    },
  },
  sourcePage: {
    relaying: (via: string) => `relaying ${via}`,
  },
  citations: {
    source: 'Source',
    /** Before the outlet under a pulled quote from a news report: "Ada Lovell, quoted by The Riverton Gazette". */
    quotedBy: 'quoted by',
    notes: 'Sources',
    notesIntro: 'Numbers in the text point here. Each source links to what we store of it and, where it has one, to the original.',
    alsoRelied: 'Also relied on',
    backTo: (k: number) => `Back to citation ${k}`,
    stored: 'What we store',
    original: 'Original',
    archived: 'Archived copy',
    quoted: 'Quoted:',
    /** A source relaying another outlet's report, in a list of citations. */
    citing: (via: string) => `(citing ${via})`,
    anticipated: 'Published before the event: the source announced it in advance.',
    seePassage: 'See this passage in the stored source',
  },
  map: {
    /** Follows "Map of" when a story names no map title. */
    storyPlaces: 'the story’s places',
    /** Follows "Map of" for a map given its own box rather than a frame the story names. */
    areaShown: 'the area shown',
    title: (what: string) => `Map of ${what}`,
    asOf: (date: string) => `as of ${date}`,
    borders: 'with internationally recognised borders.',
    placesMarked: (places: number) => `${plural(places, 'place')} from the story are marked`,
    eventDots: (events: number, from: string, to: string) => `, with dots for ${plural(events, 'event')} between ${from} and ${to}, coloured by category`,
    rangesFrom: (origin: string) => `Ranges from ${origin}`,
    range,
    rangesLine: (origin: string, rings: string) => `Lines show how far weapons reach from ${origin}: ${rings}.`,
    distances: 'Distances',
    distancesLine: (list: string) => `Distances: ${list}.`,
    /** One distance in the map's description ("Riverton to the border, 45 km") and in its text version ("Riverton to the border: 45 km"). */
    distanceInLine: (from: string, to: string, km: string) => `${from} to ${to}, ${km}`,
    distanceItem: (from: string, to: string, km: string) => `${from.charAt(0).toUpperCase()}${from.slice(1)} to ${to}: ${km}`,
    /** What sort of place each is, as the map and its text name it. */
    placeKinds: { capital: 'capital', city: 'city', town: 'town', village: 'village', region: 'region', 'military-site': 'military site', venue: 'venue' },
    /** A place's marker, for screen readers: "Riverton, town: 2 events". */
    placeLabel: (name: string, kind: string, events: number) => `${name}, ${kind}: ${events === 0 ? 'no events' : plural(events, 'event')}`,
    /** The panel of a selected place: "2 events from 1 March 2020 to 31 May 2020". */
    placeEvents: (events: number, from: string, to: string) => `${events === 0 ? 'no events' : plural(events, 'event')} from ${from} to ${to}`,
    /** Compass points after a coordinate: "50.45° N". */
    compass: { north: 'N', south: 'S', east: 'E', west: 'W' },
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
    /** In the map's text alternative: who held each place on the map's day. */
    heldOn: (date: string, held: string[]) => `Held on ${date}: ${held.join('; ')}.`,
    /** Before the date a place changed hands, linked to the event: "held by the rebels from 2 March 2020". */
    heldFrom: (holder: string) => `held by ${holder} from`,
    /** In the map's text version, after an area's name: the days it is drawn for. */
    drawnFor: (range: string) => `Drawn for ${range}.`,
    /** An area or state that lasts to the end of the story: "from 10 May 2020". */
    from: (date: string) => `from ${date}`,
    areasHeading: 'Areas drawn',
    schematicShape: 'the sources give no exact extent',
    claimed: 'claimed',
    legendDistance: 'Great-circle distance',
    notSupplied: 'not supplied',
    reachEveryDay: 'Ranges are drawn on every day, whether or not the weapon had been supplied by then.',
    reachRules: 'When each was supplied, and where it could be fired',
    schematic: 'schematic',
    noRanges: 'No ranges are recorded for the weapons in this story.',
    standBack: 'Launchers stand back from the border, so what they can reach across it is less than the full range.',
    distanceNote: (border: string | undefined) =>
      `Shortest distances over the Earth’s surface, computed from the places’ coordinates${border ? `; “the border” is the nearest point of ${border}` : ''}.`,
    theBorder: 'the border',
    /** Under the map: where its geography comes from, and through which atlases (each a creditVia). */
    credits: (source: string, licence: string, via: string) => `Borders and coastlines: ${source} (${licence}), via ${via}.`,
    creditVia: (atlas: string, licence: string, use: string) => `${atlas} (${licence}) for ${use}`,
    /** What each atlas gives the map (src/model/map/credits.ts), under the map and on the About page. */
    creditUses: {
      borders: 'borders and coastlines, following the United Nations’ view of borders',
      deFacto: 'the outline of areas Natural Earth’s de facto view draws as part of another country',
    },
    publicDomain: 'public domain',
    layers: { places: 'Places', events: 'Events', reach: 'Weapon reach', distances: 'Distances', labels: 'Labels', areas: 'Areas' },
    show: 'Show',
    layersMenu: 'Layers',
    summary: (date: string, areas: string[], events: number) => `Map as of ${date}${areas.length > 0 ? `: ${areaList(areas)}` : ''}. ${plural(events, 'event')} by then.`,
    notInForce: 'not in force on this day',
    scale: (km: string) => `${km} km`,
    scaleNote: 'across the middle of the map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Reset view',
    zoom: 'Zoom',
    close: 'Close',
  },
  mapPage: {
    description: (what: string) => `Map of ${what}: where the story happened, what was drawn when, and every place in the story with what happened there.`,
    intro: 'Where the story happened. Select a place for what happened there; every place is also listed below the map.',
    introOverTime: 'Where the story happened, and how that changed: move the date above the map to see it as it stood on any day. Every area and every change of hands is sourced; select a place for what happened there.',
    places: 'Places',
    also: 'Also:',
  },
  steps: {
    /** Announced when the reader reaches a step: the map's day, and what it now draws or no longer draws. */
    announce: (day: string, shown: string[], gone: string[]) =>
      [`Map ${day}.`, shown.length > 0 ? `Now drawn: ${shown.join('; ')}.` : '', gone.length > 0 ? `No longer drawn: ${gone.join('; ')}.` : ''].filter(Boolean).join(' '),
    sources: 'Sources for the map',
    schematicNote: (label: string, note: string) => `${label}: ${note}.`,
  },
  moments: {
    heading: 'How the map changed',
    intro: 'The map on a few days the story turns on, each with what changed since the one before.',
    label: (date: string, areas: string[], held: string[]) =>
      [`Map as of ${date}.`, areas.length > 0 ? `Drawn: ${areas.join('; ')}.` : '', held.length > 0 ? `Held: ${held.join('; ')}.` : ''].filter(Boolean).join(' '),
    inForce: 'In force',
    began: 'Began',
    ended: 'Ended',
    between: 'Came and went',
    before: 'Before',
    after: 'After',
    changedHands: 'Changed hands',
    to: (holder: string) => `to ${holder}`,
    events: (n: number, first: boolean) => (first ? `${plural(n, 'event')} so far` : plural(n, 'new event')),
  },
  scrubber: {
    asOf: 'As of',
    label: 'Day the map shows the story as of',
    previous: 'Previous day with an event',
    next: 'Next day with an event',
    play: 'Play',
    pause: 'Pause',
  },
  standing: {
    claimedBy: (who: string) => `claimed by ${who}`,
    label: { confirmed: 'Confirmed', reported: 'Reported', claimed: 'Claimed' },
    badge: (standing: 'confirmed' | 'reported' | 'claimed', who?: string) =>
      standing === 'claimed' && who ? `Claimed by ${who}` : standing === 'reported' ? 'Reported' : standing === 'claimed' ? 'Claimed' : 'Confirmed',
    explain: {
      confirmed: 'On the record, or reported by two independent outlets.',
      reported: 'Reported by unnamed officials or by one outlet only; not confirmed on the record.',
      claimed: 'A claim by a party to the events, not independently confirmed.',
    },
    how: 'How we say how sure a fact is',
  },
  about: {
    title: 'About this site',
    description: (site: string) => `How ${site} sources and checks what it says.`,
    /** Under the page's headline: what the page is (the site's title is too long to make a sentence of). */
    standfirst: 'How this site finds, stores, checks and cites its sources, and how it says how sure each fact is.',
    sections: {
      method: 'Method',
      standing: 'How sure each fact is',
      sources: 'What counts as a source',
      corrections: 'Corrections',
      data: 'Open data',
      credits: 'Credits',
    },
    method: [
      'Every event on this site cites at least one source. Each source has its own page with its publisher, date and address, and the text we rely on: the whole document when we may republish it, otherwise only the passages used. Summaries are written in our own words.',
      'Quotations are checked every time the site is built: a quotation must appear word for word in the stored text of its source, allowing only for differences in spacing, quote marks and dashes. If it does not, the site is not published. The same check makes sure every reference resolves, every date is a real calendar date inside the period covered, and an event dated after all of its sources is marked as announced in advance.',
    ],
    knownAsOf: (end: string) => `The site states what was known as of ${end}; nothing after that date is presented as part of the story.`,
    since: 'What happened since is kept apart, under “After this story”.',
    standingIntro: (rules: boolean) => (rules ? 'Every event, and every state of a rule, says how it stands:' : 'Every event says how it stands:'),
    /** What each standing label (UI.standing.label) means. */
    standing: {
      confirmed: 'On the record (said by those involved, or shown in an official record), or reported by two independent outlets. Lists show no label for these.',
      reported: 'Resting on unnamed officials, or on one outlet only. We say who reported it and do not state it as fact.',
      claimed: 'A claim by a party to the events, not independently confirmed; the label names who makes it.',
    },
    /** The claimed label, standing for any claimant. */
    claimedLabel: 'Claimed by …',
    unsure: 'When we are unsure which applies, we say “reported”: a fact is never given more certainty than its sources do.',
    sourcesIntro: 'Each source page says what the stored text is:',
    kinds: {
      original: { label: 'Original', text: 'The publisher’s own report.' },
      official: { label: 'Official', text: 'A record by the body that made it: a statement, a transcript, a readout.' },
      syndicated: { label: 'Syndicated', text: 'A news agency’s report, republished with credit by an established outlet; the page names the agency.' },
      copy: { label: 'Copy', text: 'A copy or rewrite on another site, kept only when the original could not be stored; the page names the original outlet.' },
    },
    /** What a headline fact can be, in a story that has each kind. */
    headlineFacts: { event: 'an event', keyPoint: 'a key point', range: 'a weapon’s range', rule: 'a rule' },
    headline: (facts: string) =>
      `A headline fact (${facts}) needs at least one source that is not a copy. Where we have one, a source page also links to an archived copy of the original, so a link that breaks can still be followed.`,
    corrections: (feed: string) =>
      `When we get something wrong we correct it on the page concerned and say there what changed, when and why. Every correction is listed here and in the ${feed}. To report an error, point to the page and to a source that shows the correct fact.`,
    feed: 'Atom feed',
    noCorrections: 'No corrections have been made.',
    dataIntro: (year: string, month: string, day: string, field: string) =>
      `Everything on the timeline and the map is available to reuse, with its sources. Dates are written at their own precision (${year}, ${month} or ${day}), and ${field} says which.`,
    eventsJson: (file: string, shape: string, fields: string, control: string, controlFields: string, places: string, placeFields: string, sources: string, sourceFields: string, explainers: string, explainerFields: string) =>
      `${file}: ${shape}; each event has ${fields}, ${control} (${controlFields}: who held a place before and after), ${places} (${placeFields}), ${sources} (${sourceFields}) and ${explainers} (${explainerFields}).`,
    eventsCsv: (file: string, columns: string) => `${file}: one row per event, columns ${columns}; lists within a cell are separated by “; ”.`,
    eventsIcs: (file: string) => `${file}: the events as all-day calendar entries (iCalendar); a date known only to the month or year spans that period and says so.`,
    placesGeojson: (file: string, point: string, fields: string, events: string, eventFields: string, sources: string, id: string, page: string, url: string, none: string, eventsJson: string) =>
      `${file}: every place as a GeoJSON point (${point}) with ${fields} and the ${events} there, each with ${eventFields} and its ${sources} (${id}, our ${page} for it and the original’s ${url}, or ${none}), as in ${eventsJson}.`,
    builtWith: (licence: string) =>
      `Built with Astro, D3 and Pagefind. Text is set in Source Serif 4 (SIL Open Font License, ${licence}), served from this site with the rest of it: no page loads anything from any other server.`,
    licence: 'licence',
    mapGeography: (map: string, source: string, licence: string) => `The ${map} draws internationally recognised borders. Its geography comes from ${source} (${licence}), through:`,
    map: 'map',
    credit: (name: string, licence: string, use: string) => `${name} (${licence}): ${use}.`,
    computed: (ranges: boolean) => `Distances${ranges ? ' and ranges' : ''} are computed on the sphere with D3.`,
  },
  sourceLabel: 'Source:',
  sourcesLabel: 'Sources:',
} as const;

export type UIStrings = typeof UI;
