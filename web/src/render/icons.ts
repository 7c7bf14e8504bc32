// Kind pictograms drawn white on each node's disc (sigma's node-image program), as SVG data URLs: nothing is
// fetched, and the page's CSP allows data: images. Simple shapes on a 64×64 grid, readable at small sizes.
const svg = (body: string) =>
  'data:image/svg+xml;charset=utf-8,' +
  encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" fill="white" stroke="none">${body}</svg>`);

export const ICONS: Record<string, string> = {
  // head and shoulders
  Person: svg('<circle cx="32" cy="21" r="11"/><path d="M12 54c0-12 9-20 20-20s20 8 20 20z"/>'),
  // a building with windows
  Organisation: svg('<path d="M14 54V14h26v10h10v30z"/><g fill="black" fill-opacity=".35"><rect x="19" y="19" width="6" height="6"/><rect x="29" y="19" width="6" height="6"/><rect x="19" y="30" width="6" height="6"/><rect x="29" y="30" width="6" height="6"/><rect x="19" y="41" width="6" height="6"/><rect x="29" y="41" width="6" height="6"/></g>'),
  // a crate
  Shipment: svg('<path d="M10 22l22-10 22 10v22L32 54 10 44z"/><path d="M10 22l22 10 22-10M32 32v22" stroke="black" stroke-opacity=".35" stroke-width="3" fill="none"/>'),
  // a folder
  Case: svg('<path d="M8 18h18l5 5h25v29H8z"/>'),
  // a bank card
  Account: svg('<rect x="8" y="16" width="48" height="32" rx="5"/><rect x="8" y="23" width="48" height="6" fill="black" fill-opacity=".35"/><rect x="14" y="37" width="14" height="4" fill="black" fill-opacity=".35"/>'),
  // a handset
  Phone: svg('<rect x="20" y="8" width="24" height="48" rx="5"/><rect x="24" y="14" width="16" height="30" fill="black" fill-opacity=".35"/><circle cx="32" cy="50" r="2.5" fill="black" fill-opacity=".35"/>'),
  // a map pin
  Location: svg('<path d="M32 58S14 38 14 25a18 18 0 0 1 36 0c0 13-18 33-18 33z"/><circle cx="32" cy="25" r="7" fill="black" fill-opacity=".35"/>'),
  // a car
  Vehicle: svg('<path d="M8 40v-8l7-12h34l7 12v8z"/><circle cx="19" cy="44" r="6"/><circle cx="45" cy="44" r="6"/><path d="M20 23h24l4 8H16z" fill="black" fill-opacity=".35"/>'),
  // a group of three
  Community: svg('<circle cx="32" cy="18" r="8"/><circle cx="16" cy="34" r="7"/><circle cx="48" cy="34" r="7"/><path d="M20 56c0-9 5-15 12-15s12 6 12 15z"/><path d="M4 56c0-7 5-12 12-12 3 0 5 1 7 2-3 3-5 7-5 10z"/><path d="M60 56c0-7-5-12-12-12-3 0-5 1-7 2 3 3 5 7 5 10z"/>'),
};
