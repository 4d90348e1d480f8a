import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Icon } from '../components/Icon.tsx';
import i18n from './index.ts';

describe('<html lang dir> follows the language', () => {
  it.each(['ar', 'fa', 'ps'])('%s is written right to left', async (language) => {
    await i18n.changeLanguage(language);
    expect(document.documentElement.lang).toBe(language);
    expect(document.documentElement.dir).toBe('rtl');
  });

  it.each(['fr', 'en', 'uk', 'ti'])('%s is written left to right', async (language) => {
    await i18n.changeLanguage('ar');
    await i18n.changeLanguage(language);
    expect(document.documentElement.lang).toBe(language);
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('icons in right-to-left languages', () => {
  it('marks the icons that point along the line, and only those, to be mirrored', () => {
    render(
      <>
        <span data-testid="go">
          <Icon name="goTo" />
        </span>
        <span data-testid="leave">
          <Icon name="leave" />
        </span>
        <span data-testid="clock">
          <Icon name="clock" />
        </span>
        <span data-testid="check">
          <Icon name="check" />
        </span>
      </>,
    );
    const directional = (id: string) => screen.getByTestId(id).querySelector('svg')?.classList.contains('icon--directional');
    expect(directional('go')).toBe(true);
    expect(directional('leave')).toBe(true);
    expect(directional('clock')).toBe(false);
    expect(directional('check')).toBe(false);
  });
});
