// What an authoring tool writes in a title field the writer left alone. It names no work, so it is
// never a headline: a page or PDF whose only title is one of these has no readable headline.

/**
 * Dreamweaver's "Untitled Document", FrontPage's "New Page 1", InDesign's "Layout 1",
 * PowerPoint's "PowerPoint Presentation", Word's "Document1", and their translations.
 */
const PLACEHOLDER_TITLE = /^(?:untitled(?:[ -](?:document|page|\d+))?|new page \d*|layout|document|dokument|documento|slide|folie|diapositiva|presentation|présentation|präsentation|프레젠테이션|문서)\s*\d*$|^powerpoint[- ](?:presentation|präsentation|프레젠테이션)$|^(?:제목 없음|無題|无标题|sans titre|ohne titel|sin título)$/iu;

/**
 * A print view's name for itself, once the site's name is cut ("Print : The Korea Times"): the
 * page type, never the story's headline. Only the name alone: "Print - Harbour reopens" is a
 * headline after a print view's kicker.
 */
const PRINT_VIEW_TITLE = /^(?:print(?:er[- ]friendly)?(?: (?:version|view|preview|page|article))?|printer friendly|drucken|druckversion|imprimer|imprimir|stampa|인쇄(?:하기)?|印刷|打印)$/iu;

export function isPlaceholderTitle(title: string): boolean {
  const trimmed = title.trim();
  return PLACEHOLDER_TITLE.test(trimmed) || isPrintViewTitle(trimmed);
}

/** A print view's name for itself ("Print", "인쇄하기", "Druckversion"). */
export function isPrintViewTitle(title: string): boolean {
  return PRINT_VIEW_TITLE.test(title.trim());
}
