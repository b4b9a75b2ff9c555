// Head words that make a proper name an organisation or a place (general English, not article-specific).
export const ORG_HEADS = new Set(
  `inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc group holdings department ministry
  agency office bureau council committee commission board authority administration government parliament senate
  congress assembly court tribunal university college school academy institute institution foundation trust
  association federation union league club team fc party movement front army navy force forces police guard
  service services bank fund exchange times post news herald journal tribune press gazette magazine 
  network networks broadcasting television radio media studios pictures records airlines airways airline
  railways motors technologies systems labs laboratories industries enterprises partners capital international
  organization organisation society church mosque cathedral hospital clinic center centre museum library
  orchestra band brigade battalion regiment command cabinet secretariat commission directorate federation
  reserve treasury coalition alliance initiative project program programme forum council foundation`
    .split(/\s+/)
    .filter(Boolean),
);

export const PLACE_HEADS = new Set(
  `city town village county province state region district territory island islands river lake sea ocean bay gulf
  mountain mountains mount mt valley desert coast peninsula strait canal street st. avenue ave road square park
  airport station bridge harbor harbour port hall stadium arena palace tower castle plaza county borough
  republic kingdom emirates heights hills falls beach forest`
    .split(/\s+/)
    .filter(Boolean),
);
