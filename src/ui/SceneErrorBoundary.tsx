import { Component, type ReactNode } from 'react';
import { useViewer } from '../state/store';

/** Catches a failure anywhere in the 3D view (missing or corrupt model, shader error) so the page lives on. */
export class SceneErrorBoundary extends Component<
  { children: ReactNode; onError?: (error: unknown) => void },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    useViewer.getState().setSceneState('error', message);
    this.props.onError?.(error);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
