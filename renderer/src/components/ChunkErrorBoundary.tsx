import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The page's path: another page starts afresh, a failed one stays failed. */
  path: string;
  /** Outside the app shell (a print layout): the message brings the page's main landmark. */
  ownPage?: boolean;
  children: ReactNode;
}

interface State {
  path: string;
  failed: boolean;
}

/**
 * Around a part of the app fetched when first shown (app/lazyPage): a chunk that cannot be
 * fetched (a file gone after an update, a disk error) says so with a way out, rather than
 * leaving a blank page for good. The browser keeps a failed import failed, so the way out is a
 * reload, not a retry. Reset by a new path rather than a key, which would redraw the whole area
 * on every page of it.
 */
export class ChunkErrorBoundary extends Component<Props, State> {
  override state: State = { path: this.props.path, failed: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.path === state.path ? null : { path: props.path, failed: false };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.ownPage ? (
      <main id="main" tabIndex={-1} className="narrow-page">
        <ChunkFailed />
      </main>
    ) : (
      <ChunkFailed />
    );
  }
}

function ChunkFailed() {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t('app.chunkFailed')}</Paragraph>
      <Button data-size="sm" variant="secondary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </Alert>
  );
}
