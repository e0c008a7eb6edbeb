import type { Lang } from "./demo.countries.js";

// Word lists for fictional people and brands, by language. Common given names and surnames only, so
// no generated combination points at a real person on purpose.

export interface NamePool {
  female: string[];
  male: string[];
  surnames: string[];
  /** Invented brand words for company names ("Nordstern", "Bellavista"). */
  brands: string[];
}

const PAN_EUROPEAN_BRANDS = ["Nova", "Terra", "Prima", "Optima", "Vita", "Delta", "Astra", "Vero", "Euro"];

/** `given` lists female names, a semicolon, then male names. */
const pool = (given: string, surnames: string, brands: string): NamePool => ({
  female: given.split(";")[0].split("|"),
  male: given.split(";")[1].split("|"),
  surnames: surnames.split("|"),
  brands: [...brands.split("|"), ...PAN_EUROPEAN_BRANDS],
});

export const NAMES: Record<Lang, NamePool> = {
  de: pool(
    "Anna|Katrin|Julia|Sabine|Claudia|Birgit|Lena|Laura|Miriam|Jana|Ute|Heike;Thomas|Michael|Stefan|Andreas|Jürgen|Jörg|Sören|Tobias|Felix|Matthias|Jan|Björn|Florian|Günther",
    "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|Köhler|Huber|Gruber|Brunner|Weiß|Jäger|Vogt|Özdemir|Yılmaz|Kowalski",
    "Nordstern|Alpenblick|Lindenhof|Rheintal|Sonnenhof|Adler|Falkenberg|Eichwald|Weißdorn|Blauwasser|Kranich|Elbland|Spreewald|Grünfeld|Bergquell|Seeblick",
  ),
  fr: pool(
    "Camille|Claire|Élodie|Sophie|Hélène|Margaux|Léa|Chloé|Nathalie|Isabelle;Julien|Nicolas|Thomas|Sébastien|Antoine|François|Jérôme|Mathieu|Olivier|Benoît",
    "Martin|Bernard|Dubois|Durand|Lefèvre|Moreau|Laurent|Simon|Michel|Leroy|Roux|David|Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Faure|Rousseau|Mercier|Chevalier|Lefebvre",
    "Belleville|Clairval|Beaurivage|Montclair|Soleil|Horizon|Étoile|Val-d'Or|Bel-Air|Mistral|Lumière",
  ),
  it: pool(
    "Giulia|Francesca|Chiara|Sara|Valentina|Alessandra|Federica|Elena|Martina|Paola;Marco|Luca|Andrea|Matteo|Alessandro|Davide|Stefano|Giorgio|Lorenzo|Nicola",
    "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana",
    "Aurora|Bellavista|Stella|Montebello|Valverde|Adriatica|Dolomiti|Girasole|Sole|Orizzonte|Gabbiano",
  ),
  es: pool(
    "María|Lucía|Carmen|Laura|Marta|Elena|Paula|Cristina|Sofía|Nuria;Javier|Carlos|David|Pablo|Sergio|Alejandro|Daniel|Jorge|Álvaro|Iñigo",
    "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|Ibáñez",
    "Levante|Alba|Costa Verde|Mirador|Brisa|Sierra|Mediterránea|Olivar|Girasol|Puerta del Sol",
  ),
  pl: pool(
    "Anna|Katarzyna|Małgorzata|Agnieszka|Magdalena|Joanna|Ewa|Aleksandra|Monika|Zofia;Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Łukasz|Jakub|Grzegorz|Wojciech",
    "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Pawłowski|Michalski|Król|Wróbel",
    "Orzeł|Wisła|Jantar|Polana|Zorza|Bałtyk|Sokół|Tatry|Mazowsze|Podhale|Warta",
  ),
  nl: pool(
    "Emma|Sanne|Lotte|Anouk|Femke|Eva|Lisa|Marieke|Inge|Noor;Daan|Bram|Sander|Thijs|Jeroen|Ruben|Joost|Maarten|Wouter|Pieter",
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|Maes|Claes|Peeters",
    "Zeeland|Oranje|Duinzicht|Waterland|Polder|Noorderlicht|Tulp|Molenwijk|Delta-Oost",
  ),
  sv: pool(
    "Anna|Eva|Maria|Karin|Sara|Elin|Emma|Johanna;Lars|Anders|Johan|Erik|Per|Karl|Mikael|Magnus|Oskar|Björn",
    "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Lindqvist|Lindström|Åberg|Sjöberg|Öberg",
    "Norrsken|Fjäll|Björk|Älv|Havsbris|Skärgård|Granskog",
  ),
  no: pool(
    "Ingrid|Kari|Marit|Silje|Ingvild|Hanne;Ole|Lars|Knut|Jon|Bjørn|Håkon|Eirik|Per",
    "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Berg|Haugen|Hagen|Johnsen|Dahl|Sørensen|Bakken",
    "Fjord|Nordlys|Vidde|Fjellheim|Havbris|Midnattsol",
  ),
  da: pool(
    "Mette|Hanne|Camilla|Louise|Sofie|Line|Anne;Søren|Jens|Niels|Rasmus|Mads|Henrik|Morten|Lars|Anders",
    "Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Petersen|Madsen|Kristensen|Olsen|Thomsen|Møller",
    "Strand|Bølge|Kyst|Lyngby|Fyrtårn|Skovly",
  ),
  fi: pool(
    "Anna|Laura|Johanna|Sanna|Maria|Elina|Heidi|Tiina;Jari|Mikko|Timo|Juha|Antti|Matti|Janne|Ville",
    "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi",
    "Revontuli|Kuusi|Järvi|Aalto|Pohjola|Saimaa|Kaleva",
  ),
  cs: pool(
    "Jana|Eva|Hana|Lenka|Petra|Lucie|Kateřina|Veronika|Tereza;Jiří|Jan|Petr|Josef|Pavel|Martin|Tomáš|Jaroslav|Ondřej",
    "Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Marek|Pokorný|Pospíšil|Hájek|Jelínek|Růžička|Beneš|Fiala",
    "Vltava|Šumava|Lípa|Krkonoše|Orel|Morava|Jizera|Beskydy",
  ),
  ro: pool(
    "Maria|Elena|Ioana|Andreea|Alexandra|Mihaela|Cristina|Raluca|Ana|Irina;Andrei|Alexandru|Mihai|Ion|Ștefan|Gabriel|Adrian|Cristian|Bogdan|Radu",
    "Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Gheorghe|Matei|Ciobanu|Rusu|Munteanu|Constantin|Dinu|Moldovan|Lungu|Marinescu|Tudor|Nistor|Șerban|Căpraru",
    "Carpați|Dunărea|Bucegi|Stejar|Mureș|Transilvania|Olt|Ceahlău",
  ),
  en: pool(
    "Sarah|Emma|Claire|Rachel|Laura|Siobhan|Niamh|Fiona|Hannah|Sophie|Priya;James|David|Mark|Paul|Daniel|Ciarán|Liam|Patrick|Robert|Andrew|Amir",
    "Murphy|Kelly|O'Sullivan|Walsh|Byrne|Ryan|O'Brien|Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Roberts|Campbell|Stewart|Patel|Khan|Hughes|Clarke",
    "Greenfield|Harbourside|Northgate|Silverline|Oakridge|Bluewater|Kingfisher|Riverside|Highland|Clearwater",
  ),
};

/** The surname a woman of this family would carry (Polish -ski → -ska, Czech Novák → Nováková). */
export function femaleSurname(surname: string, lang: Lang): string {
  if (lang === "pl") return surname.replace(/(sk|ck|dzk)i$/, "$1a");
  if (lang === "cs") {
    if (/ý$/.test(surname)) return surname.replace(/ý$/, "á");
    if (/ek$/.test(surname)) return surname.replace(/ek$/, "ková");
    if (/ec$/.test(surname)) return surname.replace(/ec$/, "cová");
    if (/a$/.test(surname)) return surname.replace(/a$/, "ová");
    return `${surname}ová`;
  }
  return surname;
}
