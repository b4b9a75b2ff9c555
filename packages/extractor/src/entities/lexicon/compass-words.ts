// Words of direction that open the names of regions: "Middle East", "Eastern Mediterranean", "Southern Rhodesia".
export const COMPASS_WORDS = new Set(
  `north south east west northern southern eastern western northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern central middle far upper lower`
    .split(/\s+/)
    .filter(Boolean),
);
