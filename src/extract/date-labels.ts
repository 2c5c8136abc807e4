// The words bylines put before a date, by language: they tell a publication date from an update.

const PUBLISHED = new RegExp(
  '(?<!\\p{L})(?:' + [
    'posted', 'published', 'publish(?:ed)? (?:date|on)', 'first published', 'released', 'issued', 'date', 'dated', 'created',
    '입력', '기사입력', '등록', '게재', '발행', '작성', // ko
    '公開', '配信', '掲載', '投稿', '発行', '发布', '發布', '发表', // ja, zh
    'veröffentlicht', 'erschienen', 'erstellt', 'datum', // de
    'publié', 'publie', 'mis en ligne', 'parution', // fr
    'publicado', 'publicación', 'fecha', // es, pt
    'pubblicato', // it
    'gepubliceerd', // nl
    'опубликовано', 'опубликован', 'дата публикации', 'дата', // ru
    'опубліковано', 'дата публікації', // uk
    'yayınlanma', 'yayınlandı', 'yayın tarihi', 'tarih', 'oluşturulma', // tr
    'opublikowano', 'publikacja', // pl
  ].join('|') + ')',
  'giu',
);

const MODIFIED = new RegExp(
  '(?<!\\p{L})(?:' + [
    'updated?', 'modified', 'last updated', 'revised', 'edited', 'changed',
    '수정', '업데이트', '최종수정', '갱신', // ko
    '更新', '修正', // ja, zh
    'aktualisiert', 'geändert', 'zuletzt', 'stand(?=\\s*:)', // de ("Stand:" = as of)
    'mis à jour', 'mise à jour', 'modifié', 'actualisé', // fr
    'actualizado', 'actualización', 'atualizado', 'modificado', // es, pt
    'aggiornato', 'bijgewerkt', // it, nl
    'обновлено', 'обновлен', 'изменено', // ru
    'оновлено', 'змінено', // uk
    'güncelleme', 'güncellenme', 'güncellendi', // tr
    'zaktualizowano', 'aktualizacja', // pl
  ].join('|') + ')',
  'giu',
);

export type LabelKind = 'published' | 'modified' | null;

/** What the text right before a date says it is; the label nearest the date wins. */
export function classifyLabel(before: string): LabelKind {
  const tail = before.slice(-48);
  const published = lastMatchIndex(tail, PUBLISHED);
  const modified = lastMatchIndex(tail, MODIFIED);
  if (published < 0 && modified < 0) return null;
  return modified > published ? 'modified' : 'published';
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
