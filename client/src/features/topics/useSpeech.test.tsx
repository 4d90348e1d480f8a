import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { created, joined, sessionFrom } from '../../test/fixtures.ts';
import { ListenButton } from './ListenButton.tsx';
import { TopicListen } from './TopicListen.tsx';
import { proposedIn, translated } from './translationFixtures.ts';
import { useSpeech } from './useSpeech.ts';

/** Only what the hook reads of a voice. */
type FakeVoice = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'localService' | 'default'>;

class FakeUtterance {
  lang = '';
  voice: FakeVoice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

/** The browser's speech engine, played by the test: voices arrive when it says, speech ends when it says. */
class FakeSynthesis extends EventTarget {
  voices: FakeVoice[] = [];
  spoken: FakeUtterance[] = [];
  private queue: FakeUtterance[] = [];
  cancels = 0;
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
  }
  cancel() {
    this.cancels++;
    const interrupted = this.queue;
    this.queue = [];
    for (const u of interrupted) u.onerror?.();
  }
  /** Reads everything queued to the end. */
  finish() {
    const read = this.queue;
    this.queue = [];
    for (const u of read) u.onend?.();
  }
  loadVoices(voices: FakeVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

const voice = (lang: string, name: string, localService = true, isDefault = false): FakeVoice => ({ lang, name, localService, default: isDefault });

let synth: FakeSynthesis;

function install() {
  synth = new FakeSynthesis();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useSpeech', () => {
  beforeEach(install);

  it('is available only with a voice for the language, whatever the region or separator it names', () => {
    synth.voices = [voice('fa_IR', 'Dariush'), voice('fr-FR', 'Amélie')];
    expect(renderHook(() => useSpeech('fa')).result.current.available).toBe(true);
    expect(renderHook(() => useSpeech('fr')).result.current.available).toBe(true);
    expect(renderHook(() => useSpeech('ti')).result.current.available).toBe(false);
  });

  it('becomes available when the voices load after the page', () => {
    const { result } = renderHook(() => useSpeech('fa'));
    expect(result.current.available).toBe(false);
    act(() => synth.loadVoices([voice('en-GB', 'Daniel')]));
    expect(result.current.available).toBe(false);
    act(() => synth.loadVoices([voice('en-GB', 'Daniel'), voice('fa-AF', 'Farid')]));
    expect(result.current.available).toBe(true);
  });

  it('reads the title then the description in the language asked, with a voice on the device first', () => {
    synth.voices = [voice('fa-IR', 'Network', false, true), voice('fa-AF', 'On device')];
    const { result } = renderHook(() => useSpeech('fa'));
    act(() => result.current.toggle(['کار برای زنان', 'شرح', '  ']));
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([
      ['کار برای زنان', 'fa', 'On device'],
      ['شرح', 'fa', 'On device'],
    ]);
    expect(result.current.speaking).toBe(true);
    act(() => synth.finish());
    expect(result.current.speaking).toBe(false);
  });

  it('stops on a second press', () => {
    synth.voices = [voice('en-GB', 'Daniel')];
    const { result } = renderHook(() => useSpeech('en'));
    act(() => result.current.toggle(['Work for women']));
    const cancelsBefore = synth.cancels;
    act(() => result.current.toggle(['Work for women']));
    expect(synth.cancels).toBe(cancelsBefore + 1);
    expect(result.current.speaking).toBe(false);
    expect(synth.spoken).toHaveLength(1);
  });

  it('one voice at a time: starting another reading interrupts the first', () => {
    synth.voices = [voice('en-GB', 'Daniel'), voice('fr-FR', 'Amélie')];
    const english = renderHook(() => useSpeech('en')).result;
    const french = renderHook(() => useSpeech('fr')).result;
    act(() => english.current.toggle(['Work for women']));
    act(() => french.current.toggle(['Du travail pour les femmes']));
    expect(english.current.speaking).toBe(false);
    expect(french.current.speaking).toBe(true);
    expect(synth.spoken.map((u) => u.lang)).toEqual(['en', 'fr']);
  });

  it('stops reading when the topic leaves the screen', () => {
    synth.voices = [voice('en-GB', 'Daniel')];
    const { result, unmount } = renderHook(() => useSpeech('en'));
    act(() => result.current.toggle(['Work for women']));
    unmount();
    expect(synth.cancels).toBeGreaterThan(0);
  });
});

describe('ListenButton', () => {
  it('is absent where the browser has no speech synthesis at all', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    Reflect.deleteProperty(window, 'speechSynthesis');
    render(<ListenButton texts={['Logement']} language="fr" title="Logement" testId="listen-t1" />);
    expect(screen.queryByTestId('listen-t1')).not.toBeInTheDocument();
  });

  it('is absent without a voice for the language, and present once one loads', () => {
    install();
    render(<ListenButton texts={['ሥራ']} language="ti" title="ሥራ" testId="listen-t1" />);
    expect(screen.queryByTestId('listen-t1')).not.toBeInTheDocument();
    act(() => synth.loadVoices([voice('ti-ER', 'Tigrinya')]));
    expect(screen.getByTestId('listen-t1')).toBeInTheDocument();
  });

  it('says what it reads and in which language, and shows whether it is reading', async () => {
    install();
    synth.voices = [voice('fa-AF', 'Farid')];
    render(<ListenButton texts={['کار برای زنان']} language="fa" title="کار برای زنان" testId="listen-t1" />);
    const button = screen.getByTestId('listen-t1');
    expect(button).toHaveAccessibleName('Écouter (دری) : \u2068کار برای زنان\u2069');
    expect(button).toHaveTextContent('دری');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(synth.spoken[0]?.lang).toBe('fa');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('TopicListen', () => {
  const state = sessionFrom(
    created(),
    joined('p1'),
    proposedIn('t1', 'p1', 'fa', 'کار برای زنان'),
    translated('t1', 'fr', 'Du travail pour les femmes', null),
    proposedIn('t2', 'p1', null, 'Logement'),
  );
  const topic = (id: string) => {
    const found = state.topics[id];
    if (!found) throw new Error(`no topic ${id}`);
    return found;
  };

  it('reads the original in its language and the translation in the reader’s, each where a voice exists', async () => {
    install();
    synth.voices = [voice('fa-AF', 'Farid'), voice('fr-FR', 'Amélie')];
    render(<TopicListen topic={topic('t1')} />);
    expect(screen.getByTestId('listen-t1')).toHaveAttribute('data-lang', 'fa');
    expect(screen.getByTestId('listen-translation-t1')).toHaveAttribute('data-lang', 'fr');
    await userEvent.click(screen.getByTestId('listen-translation-t1'));
    expect(synth.spoken.map((u) => [u.text, u.lang])).toEqual([['Du travail pour les femmes', 'fr']]);
  });

  it('offers only what this browser can say, and reads a topic of unknown language in the interface language', () => {
    install();
    synth.voices = [voice('fr-FR', 'Amélie')];
    render(<TopicListen topic={topic('t1')} />);
    expect(screen.queryByTestId('listen-t1')).not.toBeInTheDocument();
    expect(screen.getByTestId('listen-translation-t1')).toBeInTheDocument();
    render(<TopicListen topic={topic('t2')} />);
    expect(screen.getByTestId('listen-t2')).toHaveAttribute('data-lang', 'fr');
  });
});
