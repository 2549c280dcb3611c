import { Button, Paragraph } from '@digdir/designsystemet-react';

/**
 * Nothing on this page of a list: the filter matches nothing, or the page is past the end. Says
 * which, with the one button that helps (reset the filter, or go to the first page).
 */
export function NoMatch({ text, action, onAction }: { text: string; action: string; onAction: () => void }) {
  return (
    <div className="empty-state">
      <Paragraph>{text}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" onClick={onAction}>
          {action}
        </Button>
      </div>
    </div>
  );
}
