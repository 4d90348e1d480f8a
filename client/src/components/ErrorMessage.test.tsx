import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorMessage } from './ErrorMessage.tsx';

describe('an error message', () => {
  it('lands in a polite live region that was already in the page, never an assertive alert', () => {
    const { container, rerender } = render(<ErrorMessage code={null} />);
    const region = container.querySelector('[aria-live]');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    rerender(<ErrorMessage code="NETWORK" />);
    // The same element as before: screen readers only follow regions that existed before their text.
    expect(container.querySelector('[aria-live]')).toBe(region);
    expect(region).toHaveTextContent('Le serveur ne répond pas. Vérifiez le Wi-Fi et réessayez.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
