// The words bylines put before a date, by language: they tell a publication date from an update.

/**
 * Letters of the scripts the labels are written in (Latin, Greek, Cyrillic, Hebrew, Arabic,
 * Devanagari, Hangul, kana, CJK): a label
 * never starts inside a word ("date" in "update"). Explicit ranges, not \p{L}: V8 recompiles a
 * flushed regexp, and a Unicode property class is slow to compile.
 */
const WORD_BEFORE = '(?<![a-zà-öø-ÿ\\u0100-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0590-\\u05ff\\u0600-\\u06ff\\u0900-\\u097f\\u1e00-\\u1eff\\u1100-\\u11ff\\u3040-\\u30ff\\u3130-\\u318f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af])';

/**
 * Labels of one kind as one pattern. Every label starts a word; Chinese and Japanese write
 * without spaces, so there "last" may come right before one ("最終更新日", "最后更新").
 */
function labelPattern(labels: string[]): RegExp {
  const unspaced = labels.filter((label) => /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+$/u.test(label));
  const spaced = labels.filter((label) => !unspaced.includes(label));
  // Not inside a longer word either ("一般公開", "生配信", "新品发布会" are events): only after
  // "last" or the page's name for itself (最終, 最后, 記事, 文章, ページ…) or where no Han or kana comes before.
  return new RegExp(`${WORD_BEFORE}(?:${spaced.join('|')})|(?:(?<![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])|(?<=最終|最后|最後|記事|记事|文章|ページ|页面|頁面|本文|新闻|新聞|消息|内容|內容))(?:${unspaced.join('|')})`, 'gi');
}

const PUBLISHED = labelPattern([
  'posted', 'published', 'publish(?:ed)? (?:date|on)', 'first published', 'released', 'issued', 'date', 'dated', 'created',
  '입력', '기사입력', '등록', '게재', '발행', '작성', '게시일', // ko
  '公開', '配信', '掲載', '投稿', '発行', '发布', '發布', '發佈', '发表', '發表', '刊登', '日期', // ja, zh
  'veröffentlicht', 'erschienen', 'erstellt', 'datum', // de
  'publiée?', 'publie', 'mis en ligne', 'parution', // fr
  'publicad[oa]', 'publicación', 'fecha', 'publicação', // es, pt
  'pubblicat[oa]', // it
  'gepubliceerd', // nl
  'опубликован[оа]?', 'дата публикации', 'дата', // ru
  'опубліковано', 'опублікован[аоий]', 'дата публікації', // uk
  'publicerad', 'publisert', 'udgivet', 'publiceret', 'julkaistu', // sv, no, da, fi
  'zveřejněno', 'publikováno', 'objavljeno', 'publicat', 'megjelent', 'közzétéve', // cs, hr, ro, hu
  'diterbitkan', 'dipublikasikan', 'đăng', 'ngày đăng', // id, vi
  'δημοσίευση', 'δημοσιεύθηκε', 'פורסם', 'نُشر', 'نشر', 'تاريخ النشر', 'प्रकाशित', // el, he, ar, hi
  'yayınlanma', 'yayınlandı', 'yayın tarihi', 'tarih(?=\\s*:)', 'oluşturulma', // tr ("Tarihi" alone is "historic")
  'opublikowano', 'publikacja', // pl
  'انتشار', 'منتشر شده', // fa ("تاریخ انتشار", "زمان انتشار")
  'เผยแพร่', 'โพสต์เมื่อ', // th (not "วันที่": "เมื่อวันที่" is "on the day" in running text)
]);

const MODIFIED = labelPattern([
  'updated?', 'modified', 'last updated', 'revised', 'edited(?!\\s+by)', 'changed', // not a byline's "edited by"
  '수정', '업데이트', '최종수정', '갱신', // ko
  '更新', '修正', // ja, zh
  'aktualisiert', 'geändert', 'zuletzt', 'stand(?=\\s*:)', // de ("Stand:" = as of)
  'mis à jour', 'mise à jour', 'modifié', 'actualisé', // fr
  'actualizad[oa]', 'actualización', 'atualizad[oa]', 'atualização', 'modificad[oa]', // es, pt
  'aggiornat[oa]', 'bijgewerkt', // it, nl
  'обновлен[оа]?', 'изменен[оа]?', // ru
  'оновлен[оа]', 'змінен[оа]', // uk
  'uppdaterad', 'oppdatert', 'opdateret', 'päivitetty', // sv, no, da, fi
  'aktualizováno', 'ažurirano', 'actualizat', 'frissítve', 'diperbarui', 'cập nhật', // cs, hr, ro, hu, id, vi
  'ενημερώθηκε', 'ενημέρωση', 'עודכן', 'تحديث', 'آخر تحديث', 'अपडेट', // el, he, ar, hi
  'güncelleme', 'güncellenme', 'güncellendi', // tr
  'zaktualizowano', 'aktualizacja', // pl
  'به\u200cروزرسانی', 'به روزرسانی', 'بروزرسانی', 'بروز شده', // fa
  'อัปเดต', 'อัพเดต', 'อัพเดท', 'อัปเดท', 'แก้ไขล่าสุด', // th
]);

export type LabelKind = 'published' | 'modified' | null;

/** What the text right before a date says it is; the label nearest the date wins. */
export function classifyLabel(before: string): LabelKind {
  return findLabel(before).kind;
}

/** The label nearest the end of `before` (the 48 characters before a date), and where it starts in `before`. */
export function findLabel(before: string): { kind: LabelKind; index: number } {
  if (before.length === 0) return { kind: null, index: -1 };
  const cut = Math.max(0, before.length - 48);
  const tail = before.slice(cut);
  const published = lastMatchIndex(tail, PUBLISHED);
  const modified = lastMatchIndex(tail, MODIFIED);
  if (published < 0 && modified < 0) return { kind: null, index: -1 };
  return modified > published ? { kind: 'modified', index: cut + modified } : { kind: 'published', index: cut + published };
}

function lastMatchIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index ?? last;
  return last;
}

/** Does the text carry a publication label anywhere (cheap pre-check for page chrome)? */
export function hasPublishedLabel(text: string): boolean {
  PUBLISHED.lastIndex = 0;
  const found = PUBLISHED.test(text);
  PUBLISHED.lastIndex = 0;
  return found;
}
