// A division or an area a state numbers ("Region 11", "Ward 3", "Area 51") is a place (typing/type-rules.ts,
// numbered-area), not a model number's product; a flight's or a model's number stays no place.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['The quake was felt across Region 11 on Wednesday.', 'Region 11', 'Place'],
  ['Voters in Ward 3 elected Ann Cole on Tuesday.', 'Ward 3', 'Place'],
  ['Two men were arrested near Area 51 in Nevada.', 'Area 51', 'Place'],
  ['Schools in District 9 of Dorn closed on Monday.', 'District 9', 'Place'],
  // (guards: a maker's model number is still a product)
  ['The Boeing 737 landed in Dorn on Friday.', 'Boeing 737', 'Product'],
])('%s → "%s" is a %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
