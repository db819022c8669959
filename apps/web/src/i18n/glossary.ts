/**
 * The glossary: every domain term and indicator the client shows, in Dutch (default) and English.
 * Shown on hover and to screen readers next to the term (`<Term>`), and all together in the help
 * panel. `lib/glossary.ts` maps the catalogue's and the indicator list's codes onto these ids; a
 * component test checks that every one of them has an entry in both languages.
 */
export interface GlossaryText {
  term: string;
  text: string;
}

const nlEntries = {
  'dekkend-aanbod': {
    term: 'Dekkend aanbod',
    text: 'Voor elke leerling in de regio een passende plek met de ondersteuning die nodig is, zo dicht mogelijk bij huis. Het samenwerkingsverband moet dit wettelijk regelen.',
  },
  swv: {
    term: 'Samenwerkingsverband (SWV)',
    text: 'De samenwerking van schoolbesturen in een regio, verantwoordelijk voor passend onderwijs en een dekkend aanbod. Er zijn ongeveer 75 voor het primair en 75 voor het voortgezet onderwijs.',
  },
  trede: {
    term: 'Trede (ondersteuningsladder)',
    text: 'Een stap op de ladder van plekken, de meest inclusieve eerst: 1 eigen reguliere school, 2 arrangement of klas in een reguliere school, 3 SBO (VO: praktijkonderwijs), 4 regionale specialistische voorziening, 5 landelijke voorziening. Een plan kiest liever een lagere trede.',
  },
  'rung.1': {
    term: 'Trede 1: eigen reguliere school',
    text: 'De leerling blijft op een gewone school dicht bij huis, met ambulante ondersteuning van specialisten.',
  },
  'rung.2': {
    term: 'Trede 2: arrangement in een reguliere school',
    text: 'Een aparte groep of klas binnen een gewone school, zoals een startklas of ondersteuningsklas (groep van ongeveer 12).',
  },
  'rung.3': {
    term: 'Trede 3: SBO / praktijkonderwijs',
    text: 'Speciaal basisonderwijs in het PO; in het VO is dit het praktijkonderwijs (PrO).',
  },
  'rung.4': {
    term: 'Trede 4: regionale specialistische voorziening',
    text: 'Een school voor (voortgezet) speciaal onderwijs ((V)SO) of een andere specialistische voorziening in de regio.',
  },
  'rung.5': {
    term: 'Trede 5: landelijke voorziening',
    text: 'Een voorziening voor zeldzame, zware ondersteuningsbehoeften (bijvoorbeeld doofblind), die het hele land bedient; soms met verblijf.',
  },
  ambulant: {
    term: 'Ambulante ondersteuning',
    text: 'Een specialist (bijvoorbeeld gedrag of taal) komt naar de school van de leerling; de leerling hoeft niet te verhuizen naar een andere school.',
  },
  arrangement: {
    term: 'Arrangement',
    text: 'Extra ondersteuning binnen een reguliere school, vaak in een eigen groep: de tweede trede van de ladder.',
  },
  startklas: {
    term: 'Startklas',
    text: 'Een kleine klas binnen een reguliere basisschool voor jonge leerlingen die extra ondersteuning nodig hebben voordat ze in een gewone groep instromen (trede 2).',
  },
  ondersteuningsklas: {
    term: 'Ondersteuningsklas',
    text: 'Een groep binnen een reguliere school waar leerlingen met een ondersteuningsbehoefte een deel van de tijd of de hele dag les krijgen (trede 2).',
  },
  opdc: {
    term: 'OPDC / rebound',
    text: 'Orthopedagogisch-didactisch centrum in het VO: een tijdelijke plek buiten de eigen klas om weer op gang te komen, met terugkeer als doel (trede 2).',
  },
  sbo: {
    term: 'SBO',
    text: 'Speciaal basisonderwijs: een basisschool voor leerlingen die meer ondersteuning nodig hebben dan een reguliere school kan bieden (trede 3).',
  },
  pro: {
    term: 'PrO',
    text: 'Praktijkonderwijs: voortgezet onderwijs gericht op werk en zelfstandig wonen; in het VO de derde trede.',
  },
  vso: {
    term: '(V)SO',
    text: '(Voortgezet) speciaal onderwijs: scholen voor leerlingen met een zware ondersteuningsbehoefte, zoals ZML, EMB of een lichamelijke beperking (trede 4).',
  },
  thuiszitter: {
    term: 'Thuiszitter',
    text: 'Een leerplichtige leerling die niet naar school gaat omdat er (nog) geen passende plek is. Telt in een plan als vraag die vandaag niet geplaatst is.',
  },
  wachtlijst: {
    term: 'Wachtlijst',
    text: 'Leerlingen die wachten op een plek in een voorziening, per ondersteuningsbehoefte en sinds wanneer.',
  },
  ijkjaar: {
    term: 'IJkjaar',
    text: 'Een jaar waarin de voortgang naar inclusief onderwijs wordt gemeten: 2029, 2032 en 2035 (doeljaar). In de jaarkeuze gemarkeerd met ★.',
  },
  schaduwprijs: {
    term: 'Schaduwprijs',
    text: 'Wat één extra plaats of uur in het plan zou opleveren, berekend door de optimalisatie (de duale waarde van een grens). Hoe hoger, hoe meer een uitbreiding daar helpt. Een rekenwaarde, geen bedrag dat iemand betaalt.',
  },
  p90: {
    term: 'P90 reisafstand',
    text: 'De afstand waarbinnen 90 % van de geplaatste leerlingen reist; 10 % reist verder. Zegt meer over lange reizen dan het gemiddelde.',
  },
  'niet-geplaatst': {
    term: 'Niet geplaatst (tekort)',
    text: 'Leerlingen voor wie het plan geen passende plek vindt binnen de grenzen (capaciteit, reisafstand, budget). Een rekenuitkomst in hele leerlingen getoond; de berekening werkt met breuken omdat de vraag geschat is.',
  },
  'aandeel-regulier': {
    term: 'In eigen reguliere school',
    text: 'Het aandeel van de leerlingen met een ondersteuningsbehoefte dat op trede 1 een plek krijgt: in een gewone school dicht bij huis.',
  },
  reisafstand: {
    term: 'Gemiddelde reisafstand',
    text: 'De gemiddelde afstand hemelsbreed tussen het postcodegebied waar een leerling woont en de plek waar het plan hem plaatst.',
  },
  leerlingenvervoer: {
    term: 'Leerlingenvervoer',
    text: 'Een schatting van de kosten van het vervoer (vaak taxi) dat de gemeente betaalt voor leerlingen die ver moeten reizen. Indicatief.',
  },
  'kosten-uitbreidingen': {
    term: 'Kosten uitbreidingen',
    text: 'Wat de acties van het plan kosten: eenmalige kosten (openen, lokalen) en jaarlijkse kosten (plaatsen, specialisten).',
  },
  'deelname-sbo': {
    term: 'Deelname SBO',
    text: 'SBO-leerlingen gedeeld door alle leerlingen in BAO + SBO van het samenwerkingsverband op 1 oktober. Boven 2 % betaalt het samenwerkingsverband het verschil bij, onder 2 % houdt het geld over.',
  },
  'deelname-vso': {
    term: 'Deelname (V)SO',
    text: '(V)SO-leerlingen gedeeld door alle leerlingen (regulier + (V)SO) van de sector. De verdeling van een (V)SO-locatie over PO en VO is een aanname.',
  },
  'grens-2-procent': {
    term: '2%-grens',
    text: 'De lijn van de bekostiging: ligt de deelname aan S(B)O boven 2 %, dan betaalt het samenwerkingsverband het verschil; eronder ontvangt het.',
  },
  ihp: {
    term: 'IHP',
    text: 'Integraal huisvestingsplan van de gemeente: welke schoolgebouwen wanneer worden gebouwd, uitgebreid of aangepast.',
  },
  ondersteuningsbehoefte: {
    term: 'Ondersteuningsbehoefte',
    text: 'Wat een leerling nodig heeft om te leren, ingedeeld in categorieën met elk een niveau, de toegestane treden en een maximale reisafstand.',
  },
  'tier.basis': {
    term: 'Basisondersteuning',
    text: 'Ondersteuning die elke school moet bieden volgens de landelijke norm (bijvoorbeeld dyslexie). Wordt getoetst, niet in het plan verdeeld.',
  },
  'tier.extra': {
    term: 'Extra ondersteuning',
    text: 'Meer dan basisondersteuning, te bieden in de reguliere school of een arrangement, of in het SBO.',
  },
  'tier.regional-specialist': {
    term: 'Regionaal specialistisch',
    text: 'Zware ondersteuningsbehoeften die vaak genoeg voorkomen om in de regio een specialistische voorziening te hebben ((V)SO).',
  },
  'tier.national-specialist': {
    term: 'Landelijk specialistisch',
    text: 'Zeldzame ondersteuningsbehoeften waarvoor een landelijke voorziening bestaat; "zo kort als mogelijk, zo lang als nodig".',
  },
  'category.dyslexie': {
    term: 'Lezen en dyslexie',
    text: 'Moeite met lezen en spellen; onderdeel van de basisondersteuning van elke school.',
  },
  'category.meerbegaafd': {
    term: 'Meer- en hoogbegaafdheid',
    text: 'Leerlingen die meer uitdaging nodig hebben; onderdeel van de basisondersteuning.',
  },
  'category.taakgedrag': {
    term: 'Taakgericht gedrag',
    text: 'Moeite met plannen, concentreren en werk afmaken; onderdeel van de basisondersteuning.',
  },
  'category.leren': {
    term: 'Leren en ontwikkeling (moeilijk lerend)',
    text: 'Leerlingen die langzamer leren dan gemiddeld en meer ondersteuning nodig hebben dan de basis; vaak in de reguliere school of het SBO.',
  },
  'category.gedrag': {
    term: 'Gedrag en sociaal-emotioneel',
    text: 'Gedrags- of sociaal-emotionele problemen die extra begeleiding vragen, bijvoorbeeld van een gedragsspecialist of in een ondersteuningsklas.',
  },
  'category.taal_spraak': {
    term: 'Taalontwikkelingsstoornis (TOS)',
    text: 'Moeite met het leren en gebruiken van taal en spraak; ondersteuning door taal- en spraakspecialisten (cluster 2).',
  },
  'category.zml': {
    term: 'Zeer moeilijk lerend (ZML)',
    text: 'Leerlingen met een verstandelijke beperking; meestal in een regionale (V)SO-voorziening.',
  },
  'category.lichamelijk': {
    term: 'Lichamelijke beperking en langdurig ziek',
    text: 'Leerlingen met een lichamelijke beperking of langdurige ziekte; vraagt vaak een toegankelijk gebouw.',
  },
  'category.emb': {
    term: 'Ernstig meervoudig beperkt (EMB)',
    text: 'Leerlingen met meerdere ernstige beperkingen, met zorg en onderwijs samen; in een regionale specialistische voorziening.',
  },
  'category.auditief': {
    term: 'Doof en slechthorend',
    text: 'Leerlingen met een auditieve beperking (cluster 2); ambulante begeleiding of een regionale voorziening.',
  },
  'category.visueel': {
    term: 'Blind en slechtziend',
    text: 'Leerlingen met een visuele beperking (cluster 1); ambulante begeleiding of een landelijke voorziening.',
  },
  'category.doofblind': {
    term: 'Doofblind',
    text: 'Leerlingen die zowel doof of slechthorend als blind of slechtziend zijn; zeer zeldzaam, alleen landelijke voorzieningen.',
  },
  geschat: {
    term: 'Geschat',
    text: 'Berekend uit het aantal leerlingen × de prevalentie per 1.000 leerlingen, omdat er geen telling is.',
  },
  geprojecteerd: {
    term: 'Geprojecteerd',
    text: 'Vooruitgerekend vanuit het basisjaar met de leerlingprognose en de groei van het scenario.',
  },
  geteld: {
    term: 'Geteld',
    text: 'Een echte telling, geïmporteerd (bijvoorbeeld 1 oktober-telling van DUO).',
  },
  synthetisch: {
    term: 'Synthetisch',
    text: 'Voorbeeldgegevens die zijn gemaakt om het programma te laten zien; geen echte leerlingen of plekken.',
  },
  afgeleid: {
    term: 'Afgeleid',
    text: 'Niet zelf geteld maar uit andere gegevens berekend, met de bron erbij (bijvoorbeeld de capaciteit van een voorziening uit het leerlingaantal).',
  },
} satisfies Record<string, GlossaryText>;

export type GlossaryId = keyof typeof nlEntries;

const enEntries: Record<GlossaryId, GlossaryText> = {
  'dekkend-aanbod': {
    term: 'Dekkend aanbod (full coverage)',
    text: 'A fitting place with the support needed for every pupil in the region, as near home as possible. The samenwerkingsverband is legally responsible for it.',
  },
  swv: {
    term: 'Samenwerkingsverband (SWV)',
    text: 'The cooperation of school boards in a region, responsible for special-needs education and full coverage. About 75 for primary and 75 for secondary education.',
  },
  trede: {
    term: 'Rung (setting ladder)',
    text: 'A step on the ladder of settings, most inclusive first: 1 own regular school, 2 arrangement or class inside a regular school, 3 SBO (secondary: practical education), 4 regional specialist provision, 5 national provision. A plan prefers a lower rung.',
  },
  'rung.1': {
    term: 'Rung 1: own regular school',
    text: 'The pupil stays at an ordinary school near home, with ambulant support from specialists.',
  },
  'rung.2': {
    term: 'Rung 2: arrangement in a regular school',
    text: 'A separate group or class inside an ordinary school, such as a startklas or support class (a group of about 12).',
  },
  'rung.3': {
    term: 'Rung 3: SBO / practical education',
    text: 'Special primary education (SBO) in primary; in secondary, practical education (PrO).',
  },
  'rung.4': {
    term: 'Rung 4: regional specialist provision',
    text: 'A (secondary) special school ((V)SO) or another specialist provision in the region.',
  },
  'rung.5': {
    term: 'Rung 5: national provision',
    text: 'A provision for rare, heavy needs (e.g. deafblind) that serves the whole country; sometimes with boarding.',
  },
  ambulant: {
    term: 'Ambulant support',
    text: "A specialist (e.g. behaviour or language) comes to the pupil's own school; the pupil does not move to another school.",
  },
  arrangement: {
    term: 'Arrangement',
    text: 'Extra support inside a regular school, often in a group of its own: the second rung of the ladder.',
  },
  startklas: {
    term: 'Startklas (starting class)',
    text: 'A small class inside a regular primary school for young pupils who need extra support before joining an ordinary group (rung 2).',
  },
  ondersteuningsklas: {
    term: 'Support class (ondersteuningsklas)',
    text: 'A group inside a regular school where pupils with a support need are taught part of the time or all day (rung 2).',
  },
  opdc: {
    term: 'OPDC / rebound',
    text: 'An orthopedagogical-didactic centre in secondary education: a temporary place outside the own class to get going again, aiming at return (rung 2).',
  },
  sbo: {
    term: 'SBO',
    text: 'Special primary education: a primary school for pupils who need more support than a regular school can give (rung 3).',
  },
  pro: {
    term: 'PrO',
    text: 'Practical education: secondary education aimed at work and living independently; the third rung in secondary.',
  },
  vso: {
    term: '(V)SO',
    text: '(Secondary) special education: schools for pupils with heavy support needs, such as ZML, EMB or a physical disability (rung 4).',
  },
  thuiszitter: {
    term: 'Thuiszitter (pupil out of school)',
    text: 'A pupil of compulsory school age who does not attend school because there is no fitting place (yet). Counted in a plan as demand unmet today.',
  },
  wachtlijst: {
    term: 'Waiting list',
    text: 'Pupils waiting for a place in a provision, by need and since when.',
  },
  ijkjaar: {
    term: 'Checkpoint year (IJkjaar)',
    text: 'A year in which progress towards inclusive education is measured: 2029, 2032 and 2035 (target year). Marked ★ in the year choice.',
  },
  schaduwprijs: {
    term: 'Dual price (schaduwprijs)',
    text: 'What one more place or hour would gain in the plan, computed by the optimisation (the dual value of a limit). The higher, the more an expansion there helps. A computed value, not an amount anyone pays.',
  },
  p90: {
    term: 'P90 travel',
    text: 'The distance within which 90 % of placed pupils travel; 10 % travel further. Says more about long journeys than the mean.',
  },
  'niet-geplaatst': {
    term: 'Unmet (coverage gap)',
    text: 'Pupils for whom the plan finds no fitting place within the limits (capacity, travel, budget). Shown in whole pupils; the computation keeps fractions because demand is estimated.',
  },
  'aandeel-regulier': {
    term: 'In own regular school',
    text: 'The share of pupils with a support need placed in rung 1: an ordinary school near home.',
  },
  reisafstand: {
    term: 'Mean travel',
    text: 'The mean straight-line distance between the postcode area where a pupil lives and the place the plan gives them.',
  },
  leerlingenvervoer: {
    term: 'Pupil transport',
    text: 'An estimate of the transport cost (often taxi) the municipality pays for pupils who travel far. Indicative.',
  },
  'kosten-uitbreidingen': {
    term: 'Expansion cost',
    text: "What the plan's actions cost: one-off costs (opening, classrooms) and running costs per year (places, specialists).",
  },
  'deelname-sbo': {
    term: 'SBO participation',
    text: 'SBO pupils divided by all BAO + SBO pupils of the samenwerkingsverband on 1 October. Above 2 % the region pays the difference, below it keeps money.',
  },
  'deelname-vso': {
    term: '(V)SO participation',
    text: "(V)SO pupils divided by all pupils (regular + (V)SO) of the sector. The split of a (V)SO location's pupils over primary and secondary is an assumption.",
  },
  'grens-2-procent': {
    term: '2 % line',
    text: 'The funding line: if S(B)O participation is above 2 %, the samenwerkingsverband pays the difference; below it, it receives.',
  },
  ihp: {
    term: 'IHP (housing plan)',
    text: "The municipality's integral school housing plan: which school buildings are built, extended or adapted, and when.",
  },
  ondersteuningsbehoefte: {
    term: 'Support need',
    text: 'What a pupil needs to learn, grouped in categories, each with a tier, the rungs allowed and a maximum travel distance.',
  },
  'tier.basis': {
    term: 'Basic support',
    text: 'Support every school must give under the national norm (e.g. dyslexia). Checked, not allocated in the plan.',
  },
  'tier.extra': {
    term: 'Extra support',
    text: 'More than basic support, given in the regular school or an arrangement, or in SBO.',
  },
  'tier.regional-specialist': {
    term: 'Regional specialist',
    text: 'Heavy needs common enough to have a specialist provision in the region ((V)SO).',
  },
  'tier.national-specialist': {
    term: 'National specialist',
    text: 'Rare needs served by a national provision: "as short as possible, as long as necessary".',
  },
  'category.dyslexie': {
    term: 'Reading and dyslexia',
    text: "Difficulty with reading and spelling; part of every school's basic support.",
  },
  'category.meerbegaafd': {
    term: 'Giftedness',
    text: 'Pupils who need more challenge; part of basic support.',
  },
  'category.taakgedrag': {
    term: 'Task behaviour',
    text: 'Difficulty planning, concentrating and finishing work; part of basic support.',
  },
  'category.leren': {
    term: 'Learning and development (learning difficulties)',
    text: 'Pupils who learn more slowly than average and need more than basic support; often in the regular school or SBO.',
  },
  'category.gedrag': {
    term: 'Behaviour and social-emotional',
    text: 'Behavioural or social-emotional problems that need extra guidance, e.g. from a behaviour specialist or in a support class.',
  },
  'category.taal_spraak': {
    term: 'Developmental language disorder (TOS)',
    text: 'Difficulty learning and using language and speech; support from language and speech specialists (cluster 2).',
  },
  'category.zml': {
    term: 'Severe learning difficulties (ZML)',
    text: 'Pupils with an intellectual disability; usually in a regional (V)SO provision.',
  },
  'category.lichamelijk': {
    term: 'Physical disability and long-term illness',
    text: 'Pupils with a physical disability or long-term illness; often needs an accessible building.',
  },
  'category.emb': {
    term: 'Severe multiple disabilities (EMB)',
    text: 'Pupils with several severe disabilities, with care and education together; in a regional specialist provision.',
  },
  'category.auditief': {
    term: 'Deaf and hard of hearing',
    text: 'Pupils with a hearing impairment (cluster 2); ambulant support or a regional provision.',
  },
  'category.visueel': {
    term: 'Blind and visually impaired',
    text: 'Pupils with a visual impairment (cluster 1); ambulant support or a national provision.',
  },
  'category.doofblind': {
    term: 'Deafblind',
    text: 'Pupils who are both deaf or hard of hearing and blind or visually impaired; very rare, national provisions only.',
  },
  geschat: {
    term: 'Estimated',
    text: 'Computed from the number of pupils × the prevalence per 1,000 pupils, because there is no count.',
  },
  geprojecteerd: {
    term: 'Projected',
    text: "Carried forward from the base year with the pupil forecast and the scenario's growth.",
  },
  geteld: {
    term: 'Counted',
    text: 'A real count, imported (e.g. the DUO 1 October count).',
  },
  synthetisch: {
    term: 'Synthetic',
    text: 'Example data made to demonstrate the program; no real pupils or places.',
  },
  afgeleid: {
    term: 'Derived',
    text: "Not counted itself but computed from other data, with its source (e.g. a provision's capacity from its pupil count).",
  },
};

export const GLOSSARY_TEXTS: Record<'nl' | 'en', Record<GlossaryId, GlossaryText>> = { nl: nlEntries, en: enEntries };
export const GLOSSARY_IDS = Object.keys(nlEntries) as GlossaryId[];
