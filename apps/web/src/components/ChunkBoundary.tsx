/**
 * Catches a lazily loaded chunk that failed to load (offline before it was ever cached, or a
 * deploy removed it) and shows why in the content area, instead of unmounting the board.
 */
import { Component, type ReactNode } from 'react';

interface State { failed: boolean }

/** Error boundary for `React.lazy` content. */
export class ChunkBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="detail__content" role="alert" data-testid="section-content-failed">
        <p className="detail__content-title">This section could not load</p>
        <p className="detail__content-text">Its part of the app has not been downloaded to this device yet. Reload the page with a connection.</p>
      </div>
    );
  }
}
