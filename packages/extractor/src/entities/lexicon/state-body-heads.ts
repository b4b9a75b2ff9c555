// Head words of a place's own organs of state ("Senate", "Supreme Court", "Ministry of Foreign Affairs"):
// such a body is part of its place, while the place's other bodies (a university, a company) are only in it.
export const STATE_BODY_HEADS: ReadonlySet<string> = new Set(
  `court parliament senate assembly congress legislature council ministry department government cabinet
  police army navy military forces force guard corps agency commission office house authority presidency`.split(/\s+/),
);
