import { useAppStore } from './store.ts';

/** `all`, `none` (topics without a theme) or a theme id. */
export type ThemeFilter = 'all' | 'none' | (string & {});

export interface UiSlice {
  ui: {
    themeFilter: ThemeFilter;
    /** The paper participant (someone without a phone) the facilitator is entering things for. */
    actingFor: string | null;
  };
}

export function initialUi(): UiSlice {
  return { ui: { themeFilter: 'all', actingFor: null } };
}

export function setThemeFilter(themeFilter: ThemeFilter): void {
  useAppStore.setState((s) => ({ ui: { ...s.ui, themeFilter } }));
}

export function setActingFor(actingFor: string | null): void {
  useAppStore.setState((s) => ({ ui: { ...s.ui, actingFor } }));
}
