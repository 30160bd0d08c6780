/** What the reader selected on the page, as plain paragraphs ("Show original selection"). */
export function SelectionView({ text }: { text: string }) {
  return (
    <div class="article-body selection-view" data-testid="selection-view">
      {text
        .split(/\n\s*\n|\r?\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </div>
  );
}
