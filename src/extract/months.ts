// Month names (full and common abbreviations, in the cases bylines use) for the languages whose
// outlets we read. chrono-node 2.10 has no Turkish or Korean and is far slower than one regex.

const MONTHS: Record<string, readonly string[]> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  de: ['januar jän jänner', 'februar feber', 'märz mär maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober okt', 'november', 'dezember dez'],
  fr: ['janvier janv', 'février févr fevrier fév', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre déc decembre'],
  es: ['enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago', 'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic'],
  pt: ['janeiro', 'fevereiro fev', 'março marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro set', 'outubro out', 'novembro', 'dezembro dez'],
  it: ['gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto', 'settembre', 'ottobre ott', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ru: ['января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май', 'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен сент', 'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек'],
  uk: ['січня січень січ', 'лютого лютий лют', 'березня березень бер', 'квітня квітень квіт', 'травня травень трав', 'червня червень черв', 'липня липень лип', 'серпня серпень серп', 'вересня вересень вер', 'жовтня жовтень жовт', 'листопада листопад лист', 'грудня грудень груд'],
  tr: ['ocak', 'şubat subat', 'mart', 'nisan', 'mayıs mayis', 'haziran', 'temmuz', 'ağustos agustos', 'eylül eylul', 'ekim', 'kasım kasim', 'aralık aralik'],
  pl: ['stycznia styczeń', 'lutego luty', 'marca marzec', 'kwietnia kwiecień', 'maja maj', 'czerwca czerwiec', 'lipca lipiec', 'sierpnia sierpień', 'września wrzesień', 'października październik', 'listopada listopad', 'grudnia grudzień'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
};

const monthByName = new Map<string, number>();
for (const names of Object.values(MONTHS)) {
  names.forEach((group, index) => {
    for (const name of group.split(' ')) if (!monthByName.has(name)) monthByName.set(name, index + 1);
  });
}

/** Month number for a month name or abbreviation in any known language, or null. */
export function monthNumber(name: string): number | null {
  // Turkish capital İ lower-cases to "i" + a combining dot; drop the dot.
  const key = name.toLowerCase().replace(/\u0307/g, '').replace(/\.$/, '');
  return monthByName.get(key) ?? null;
}

/** Regex source matching any month name, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...monthByName.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
