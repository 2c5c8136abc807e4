// What an authoring tool writes in a title field the writer left alone. It names no work, so it is
// never a headline: a page or PDF whose only title is one of these has no readable headline.

/**
 * Dreamweaver's "Untitled Document", FrontPage's "New Page 1", InDesign's "Layout 1",
 * PowerPoint's "PowerPoint Presentation", Word's "Document1", and their translations.
 */
const PLACEHOLDER_TITLE = /^(?:untitled(?:[ -](?:document|page|\d+))?|new page \d*|layout|document|dokument|documento|slide|folie|diapositiva|presentation|présentation|präsentation|프레젠테이션|문서)\s*\d*$|^powerpoint[- ](?:presentation|präsentation|프레젠테이션)$|^(?:제목 없음|無題|无标题|sans titre|ohne titel|sin título)$/iu;

export function isPlaceholderTitle(title: string): boolean {
  return PLACEHOLDER_TITLE.test(title.trim());
}
