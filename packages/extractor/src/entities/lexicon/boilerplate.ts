// Web page furniture that ends up in scraped articles; a line made only of these is never an entity.
export const BOILERPLATE_LINES = new Set(
  `share|share this|share this article|exit mobile version|advertisement|skip to content|skip to main content|read more|
  subscribe|sign up|sign in|log in|login|menu|close|print|email|tweet|related|related articles|comments|
  leave a comment|next article|previous article|back to top|cookie policy|privacy policy|terms of use|
  accept cookies|continue reading|click here|follow us|newsletter|more stories|you may also like|trending|
  advertisement - scroll to continue|all rights reserved`
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean),
);
