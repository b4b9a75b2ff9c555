// Product lines (typing/product-lines.ts): a weakly typed name ending in the last word of a product's name
// the article numbers is another product of that kind; a number word is no such kind. A name opened by the
// line's one-word name that the parse read as a place is another of its products. A company compromise knows
// keeps its type beside its numbered models.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Vendors moved CentOS Linux 8 to a stream. Kurtzer said Rocky Linux would fill the gap.', 'Rocky Linux', 'Product'],
  ['Users left Dorn Maps 10 last year; many now use Vale Maps instead.', 'Vale Maps', 'Product'],
  ['Hamilton won Formula One in 2020. Microsoft sold the Xbox One 2.', 'Formula One', 'Organization'],
  ['Users moved to Norvix 8 last year. Norvix Stream will replace it in May.', 'Norvix Stream', 'Product'],
  ['Airlines flew the Boeing 707 for decades. Boeing said it regretted the crash.', 'Boeing', 'Organization'],
  ['Toyota sold the Toyota 86 in Japan. Toyota said sales rose.', 'Toyota', 'Organization'],
  ['Dorn Aero flew the Skylark 9 in May. The Skylark carried two satellites.', 'Skylark', 'Product'],
])('%s → "%s" is a %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
