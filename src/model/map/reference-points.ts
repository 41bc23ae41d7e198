/**
 * Points the map labels that are not places in the story: countries, seas,
 * regions and neighbouring capitals. These are approximate label positions
 * chosen by eye for legibility, not data: nothing is measured from them.
 * Oblast boundaries are not drawn (no openly licensed copy is available), so
 * regions are named at a point inside them. A region that the story has as a
 * place (content/places/kursk-region.yaml) is labelled by that place instead.
 */

export interface ReferencePoint {
  id: string;
  name: string;
  kind: 'country' | 'sea' | 'region' | 'capital';
  lon: number;
  lat: number;
}

export const REFERENCE_POINTS: readonly ReferencePoint[] = [
  { id: 'country-ukraine', name: 'Ukraine', kind: 'country', lon: 28.9, lat: 49.15 },
  { id: 'country-russia', name: 'Russia', kind: 'country', lon: 39.9, lat: 56.7 },
  { id: 'country-belarus', name: 'Belarus', kind: 'country', lon: 27.6, lat: 53.2 },
  { id: 'country-poland', name: 'Poland', kind: 'country', lon: 23.2, lat: 51.3 },
  { id: 'country-moldova', name: 'Moldova', kind: 'country', lon: 28.45, lat: 47.45 },
  { id: 'country-romania', name: 'Romania', kind: 'country', lon: 25.4, lat: 46.2 },
  { id: 'country-lithuania', name: 'Lithuania', kind: 'country', lon: 24.2, lat: 55.5 },
  { id: 'country-latvia', name: 'Latvia', kind: 'country', lon: 25.8, lat: 56.75 },
  { id: 'country-germany', name: 'Germany', kind: 'country', lon: 10.4, lat: 51.2 },
  { id: 'country-france', name: 'France', kind: 'country', lon: 2.4, lat: 46.8 },
  { id: 'country-united-kingdom', name: 'United Kingdom', kind: 'country', lon: -2.0, lat: 53.6 },
  { id: 'sea-black', name: 'Black Sea', kind: 'sea', lon: 32.0, lat: 43.9 },
  { id: 'sea-azov', name: 'Sea of Azov', kind: 'sea', lon: 36.7, lat: 46.15 },
  { id: 'sea-baltic', name: 'Baltic Sea', kind: 'sea', lon: 19.2, lat: 56.6 },
  { id: 'region-bryansk', name: 'Bryansk region', kind: 'region', lon: 33.4, lat: 52.95 },
  { id: 'region-kursk', name: 'Kursk region', kind: 'region', lon: 36.2, lat: 51.75 },
  { id: 'region-belgorod', name: 'Belgorod region', kind: 'region', lon: 37.6, lat: 50.75 },
  { id: 'region-voronezh', name: 'Voronezh region', kind: 'region', lon: 39.9, lat: 51.2 },
  { id: 'region-rostov', name: 'Rostov region', kind: 'region', lon: 40.6, lat: 47.75 },
  { id: 'region-chernihiv', name: 'Chernihiv region', kind: 'region', lon: 32.2, lat: 51.35 },
  { id: 'region-sumy', name: 'Sumy region', kind: 'region', lon: 34.0, lat: 50.95 },
  { id: 'region-kharkiv', name: 'Kharkiv region', kind: 'region', lon: 36.7, lat: 49.5 },
  { id: 'region-luhansk', name: 'Luhansk region', kind: 'region', lon: 39.0, lat: 49.05 },
  { id: 'region-donetsk', name: 'Donetsk region', kind: 'region', lon: 37.9, lat: 47.9 },
  { id: 'region-zaporizhzhia', name: 'Zaporizhzhia region', kind: 'region', lon: 35.6, lat: 47.15 },
  { id: 'region-kherson', name: 'Kherson region', kind: 'region', lon: 33.3, lat: 46.85 },
  { id: 'capital-minsk', name: 'Minsk', kind: 'capital', lon: 27.56, lat: 53.9 },
  { id: 'capital-chisinau', name: 'Chișinău', kind: 'capital', lon: 28.86, lat: 47.01 },
  { id: 'capital-bucharest', name: 'Bucharest', kind: 'capital', lon: 26.1, lat: 44.43 },
  { id: 'capital-warsaw', name: 'Warsaw', kind: 'capital', lon: 21.01, lat: 52.23 },
  { id: 'capital-riga', name: 'Riga', kind: 'capital', lon: 24.11, lat: 56.95 },
  { id: 'capital-paris', name: 'Paris', kind: 'capital', lon: 2.35, lat: 48.86 },
];
