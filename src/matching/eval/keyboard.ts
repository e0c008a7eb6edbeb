// Neighbouring keys on a QWERTY keyboard, for generated typos (a substituted or inserted letter is one a finger
// slips to). One table for every generator of evaluation cases.

/** For each lower-case letter, the letters next to it on a QWERTY keyboard. */
export const KEYBOARD: Record<string, string> = {
  q: "wa",
  w: "qes",
  e: "wrd",
  r: "etf",
  t: "ryg",
  y: "tuh",
  u: "yij",
  i: "uok",
  o: "ipl",
  p: "ol",
  a: "qsz",
  s: "adwx",
  d: "sfec",
  f: "dgrv",
  g: "fhtb",
  h: "gjyn",
  j: "hkum",
  k: "jlim",
  l: "kop",
  z: "asx",
  x: "zsdc",
  c: "xdfv",
  v: "cfgb",
  b: "vghn",
  n: "bhjm",
  m: "njk",
};
