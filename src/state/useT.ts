import { t, type UiKey } from '../content';
import { useViewer } from './store';

/** The interface text function in the language chosen now. */
export function useT(): (key: UiKey, vars?: Record<string, string | number>) => string {
  const lang = useViewer((s) => s.lang);
  return (key, vars) => t(key, lang, vars);
}
