/**
 * Abbreviations that end in a period but do not end a sentence.
 * Origin: written for edge-brief from AP style titles, months and common news abbreviations.
 * Licence: MIT, part of this project.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Sen', 'Rep', 'Gov', 'Lt', 'Gen', 'Col',
  'Maj', 'Capt', 'Cmdr', 'Sgt', 'Adm', 'Pres', 'Supt', 'Rev', 'Hon', 'Atty', 'Insp', 'Det', 'Cpl',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'No', 'Nos', 'Vol', 'vs', 'etc', 'approx', 'est', 'Inc', 'Corp', 'Ltd', 'Co', 'Bros',
  'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'Univ', 'Dept', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga',
  'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev',
  'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'Ala', 'Ark', 'Del',
  'e.g', 'i.e', 'cf', 'al',
]);
