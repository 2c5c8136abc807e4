// Month names (full and common abbreviations, in the cases bylines use) for the languages whose
// outlets we read, and the other languages of large news sites that write month names.
// chrono-node 2.10 has no Turkish or Korean and is far slower than one regex.

const MONTHS: Record<string, readonly string[]> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  de: ['januar jän jänner jan', 'februar feber feb', 'märz mär maerz', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'dezember dez'],
  fr: ['janvier janv', 'février févr fevrier fév', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre déc decembre'],
  es: ['enero ene', 'febrero feb', 'marzo mar', 'abril abr', 'mayo may', 'junio jun', 'julio jul', 'agosto ago', 'septiembre setiembre sept sep', 'octubre oct', 'noviembre nov', 'diciembre dic'],
  pt: ['janeiro jan', 'fevereiro fev', 'março marco mar', 'abril abr', 'maio mai', 'junho jun', 'julho jul', 'agosto ago', 'setembro set', 'outubro out', 'novembro nov', 'dezembro dez'],
  it: ['gennaio gen', 'febbraio feb', 'marzo mar', 'aprile apr', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto ago', 'settembre set', 'ottobre ott', 'novembre nov', 'dicembre dic'],
  nl: ['januari jan', 'februari feb', 'maart mrt', 'april apr', 'mei', 'juni jun', 'juli jul', 'augustus aug', 'september sep sept', 'oktober okt', 'november nov', 'december dec'],
  ru: ['января январь янв', 'февраля февраль фев февр', 'марта март мар', 'апреля апрель апр', 'мая май', 'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен сент', 'октября октябрь окт', 'ноября ноябрь ноя нояб', 'декабря декабрь дек'],
  uk: ['січня січень січ', 'лютого лютий лют', 'березня березень бер', 'квітня квітень квіт', 'травня травень трав', 'червня червень черв', 'липня липень лип', 'серпня серпень серп', 'вересня вересень вер', 'жовтня жовтень жовт', 'листопада листопад лист', 'грудня грудень груд'],
  tr: ['ocak oca', 'şubat subat şub', 'mart', 'nisan nis', 'mayıs mayis', 'haziran haz', 'temmuz tem', 'ağustos agustos ağu', 'eylül eylul eyl', 'ekim eki', 'kasım kasim kas', 'aralık aralik ara'],
  pl: ['stycznia styczeń sty', 'lutego luty lut', 'marca marzec', 'kwietnia kwiecień kwi', 'maja maj', 'czerwca czerwiec cze', 'lipca lipiec lip', 'sierpnia sierpień sie', 'września wrzesień wrz', 'października październik paź', 'listopada listopad lis', 'grudnia grudzień gru'],
  sv: ['januari jan', 'februari feb', 'mars mar', 'april apr', 'maj', 'juni jun', 'juli jul', 'augusti aug', 'september sep', 'oktober okt', 'november nov', 'december dec'],
  id: ['januari jan', 'februari feb pebruari', 'maret mar', 'april apr', 'mei', 'juni jun', 'juli jul', 'agustus agu agt ags', 'september sep', 'oktober okt', 'november nov nopember', 'desember des'],
  ms: ['januari', 'februari', 'mac', 'april', 'mei', 'jun', 'julai', 'ogos', 'september', 'oktober', 'november', 'disember'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  fi: ['tammikuuta tammikuu', 'helmikuuta helmikuu', 'maaliskuuta maaliskuu', 'huhtikuuta huhtikuu', 'toukokuuta toukokuu', 'kesäkuuta kesäkuu', 'heinäkuuta heinäkuu', 'elokuuta elokuu', 'syyskuuta syyskuu', 'lokakuuta lokakuu', 'marraskuuta marraskuu', 'joulukuuta joulukuu'],
  cs: ['ledna leden', 'února únor', 'března březen', 'dubna duben', 'května květen', 'června červen', 'července červenec', 'srpna srpen', 'září', 'října říjen', 'listopadu', 'prosince prosinec'],
  sk: ['januára január', 'februára február', 'marca marec', 'apríla apríl', 'mája máj', 'júna jún', 'júla júl', 'augusta august', 'septembra september', 'októbra október', 'novembra november', 'decembra december'],
  // Croatian listopad(a) is October, Polish and Czech November: the Polish reading is kept.
  hr: ['siječnja siječanj', 'veljače veljača', 'ožujka ožujak', 'travnja travanj', 'svibnja svibanj', 'lipnja lipanj', 'srpnja srpanj', 'kolovoza kolovoz', 'rujna rujan', 'listopada', 'studenoga studenog studeni', 'prosinca prosinac'],
  sl: ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta avgust', 'septembra', 'oktobra', 'novembra', 'decembra'],
  ro: ['ianuarie ian', 'februarie', 'martie', 'aprilie', 'mai', 'iunie iun', 'iulie iul', 'august', 'septembrie', 'octombrie', 'noiembrie noi', 'decembrie'],
  hu: ['január jan', 'február febr', 'március márc', 'április ápr', 'május máj', 'június jún', 'július júl', 'augusztus aug', 'szeptember szept', 'október okt', 'november', 'december'],
  lt: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  ca: ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'],
  el: ['ιανουαρίου ιανουάριος ιαν', 'φεβρουαρίου φεβρουάριος φεβ', 'μαρτίου μάρτιος μαρ', 'απριλίου απρίλιος απρ', 'μαΐου μάιος μαΐ', 'ιουνίου ιούνιος ιουν', 'ιουλίου ιούλιος ιουλ', 'αυγούστου αύγουστος αυγ', 'σεπτεμβρίου σεπτέμβριος σεπ', 'οκτωβρίου οκτώβριος οκτ', 'νοεμβρίου νοέμβριος νοε', 'δεκεμβρίου δεκέμβριος δεκ'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  sr: ['јануар јануара', 'фебруар фебруара', 'март марта', 'април априла', 'мај маја', 'јун јуна', 'јул јула', 'август августа', 'септембар септембра', 'октобар октобра', 'новембар новембра', 'децембар децембра'],
  // Hebrew writes "ב" (in) before the month: 20 בנובמבר 2024.
  he: ['ינואר בינואר', 'פברואר בפברואר', 'מרץ במרץ מרס במרס', 'אפריל באפריל', 'מאי במאי', 'יוני ביוני', 'יולי ביולי', 'אוגוסט באוגוסט', 'ספטמבר בספטמבר', 'אוקטובר באוקטובר', 'נובמבר בנובמבר', 'דצמבר בדצמבר'],
  // Arabic: the Egyptian/Gulf names, and the Levantine ones that are a single word (date-parse.ts
  // rewrites the two-word ones, تشرين الأول and its like, to these).
  ar: ['يناير', 'فبراير شباط', 'مارس آذار', 'أبريل ابريل إبريل نيسان', 'مايو أيار', 'يونيو يونيه حزيران', 'يوليو يوليه تموز', 'أغسطس اغسطس آب', 'سبتمبر أيلول', 'أكتوبر اكتوبر', 'نوفمبر', 'ديسمبر'],
  hi: ['जनवरी', 'फ़रवरी फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर सितम्बर', 'अक्टूबर', 'नवंबर नवम्बर', 'दिसंबर दिसम्बर'],
};

const monthByName = new Map<string, number>();
for (const names of Object.values(MONTHS)) {
  names.forEach((group, index) => {
    for (const name of group.split(' ')) {
      // Both as written and without accents: headlines in capitals drop them (ΝΟΕΜΒΡΙΟΥ, MARCO).
      for (const form of [name, bare(name)]) if (!monthByName.has(form)) monthByName.set(form, index + 1);
    }
  });
}

/** Month number for a month name or abbreviation in any known language, or null. */
export function monthNumber(name: string): number | null {
  // Turkish capital İ lower-cases to "i" + a combining dot; drop the dot.
  const key = name.toLowerCase().replace(/\u0307/g, '').replace(/\.$/, '');
  return monthByName.get(key) ?? monthByName.get(bare(key)) ?? null;
}

/** Without combining marks (accents, Greek tonos, Devanagari nukta): the form capitals and sloppy typing give. */
function bare(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}
