/**
 * Friendly names for people who give none. Animal names that read the same in
 * most Latin-script languages, plus a number, so nobody has to type anything.
 */
const ANIMALS = [
  'Panda', 'Koala', 'Jaguar', 'Puma', 'Lynx', 'Gazelle', 'Flamingo', 'Kangaroo', 'Lama', 'Bison',
  'Cobra', 'Condor', 'Dingo', 'Gorilla', 'Hamster', 'Ibis', 'Impala', 'Iguana', 'Jackal', 'Okapi',
  'Orca', 'Panther', 'Pelican', 'Tapir', 'Yak', 'Zebu', 'Alpaca', 'Capybara', 'Chinchilla', 'Lemur',
] as const;

/** Deterministic, so that replaying the log gives the same name. */
export function pseudonymFor(seed: string): string {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  const unsigned = hash >>> 0;
  return `${ANIMALS[unsigned % ANIMALS.length]} ${(Math.floor(unsigned / ANIMALS.length) % 90) + 10}`;
}
