// "the Paris Police Prefecture", "the Dorn School District", "Kell Fire District": a public service's word
// before "prefecture" or "district" names the body that runs that service (a police headquarters, a school
// board, a fire authority), not a territory, though the last word is a division's. Only services that such
// bodies run: "Union County", "League City" are places ("union", "league" are organisation words too).
import type { NameSpan } from '../spans.js';
import { withoutPossessive } from '../names/name-key.js';

const SERVICES = new Set(
  'police school schools fire water health hospital transit sanitation irrigation utility'.split(' '),
);
const HEADS = new Set(['prefecture', 'district']);

export function serviceDistrict(s: NameSpan): boolean {
  const n = s.tokens.length;
  if (n < 2) return false;
  const [service, head] = [s.tokens[n - 2], s.tokens[n - 1]];
  return (
    /^\p{Lu}/u.test(service.text) &&
    /^\p{Lu}/u.test(head.text) &&
    SERVICES.has(withoutPossessive(service.text).toLowerCase()) &&
    HEADS.has(withoutPossessive(head.text).toLowerCase())
  );
}
