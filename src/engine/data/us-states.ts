/**
 * US states as AP style abbreviates them after a town ("Kenansville, N.C.", "Ashton, Md."), with
 * their full stops left out ("N.C" for "N.C."). Origin: the AP Stylebook's state abbreviations,
 * written out for this project from general knowledge; MIT, like the repository.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C'
  ).split(' '),
);
