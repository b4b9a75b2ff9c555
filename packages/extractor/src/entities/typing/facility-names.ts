// Facility names: "Kennedy Space Center", "Metro Toronto Convention Centre", "World Trade Center". "Center"
// alone heads the names of bodies ("Medical Center", "Research Center", "National Hurricane Center"), but a
// word before it that says what the grounds are for (launching rockets, holding conventions, shopping) names
// a site one goes to: a Place. "German Aerospace Center", a research body, keeps its organisation word.
import type { NameSpan } from '../spans.js';

const CENTRE_WORDS = new Set(['center', 'centre', 'centers', 'centres']);
/** What the grounds are for: general English words for sites, not for bodies that study or serve. */
const FACILITY_USES = new Set(
  `space convention exhibition exhibitions shopping trade conference civic community sports leisure aquatic
  aquatics visitor visitors detention transit`
    .split(/\s+/)
    .filter(Boolean),
);

/** The name ends "<use> Center/Centre", with a word before the use ("Kennedy Space Center", not "Space Center"). */
export function facilityName(s: NameSpan): boolean {
  const n = s.tokens.length;
  if (n < 3) return false;
  const head = s.tokens[n - 1];
  const use = s.tokens[n - 2];
  return (
    /^\p{Lu}/u.test(head.text) &&
    CENTRE_WORDS.has(head.text.toLowerCase()) &&
    /^\p{Lu}/u.test(use.text) &&
    FACILITY_USES.has(use.text.toLowerCase())
  );
}
