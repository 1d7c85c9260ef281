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

/**
 * US states written out, as after a town ("Pembroke Pines, Florida", "Taos, New Mexico"); read by
 * actors/place-context.ts. Origin: the fifty states' names, written out for this project from
 * general knowledge; MIT, like the repository.
 */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(
  (
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho ' +
    'Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota ' +
    'Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York ' +
    'North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina ' +
    'South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming'
  )
    .split(' ')
    .map((s) => s.replace('_', ' ')),
);
