/** Words of the smears of gay and trans people's lives (`identity-smears.ts`). */

/** Words naming gay, lesbian, bisexual and trans people or their lives. */
export const LGBT_WORDS: readonly string[] =
  'gay lesbian homosexual homosexuality bisexual transgender transgenderism trans lgbt lgbtq lgbtqia queer nonbinary'.split(
    ' ',
  );

/** What their lives are called: foul, mad, or a plot to convert others. */
export const SMEAR_NOUNS: readonly string[] =
  'nonsense garbage crap filth rubbish trash bs bullshit propaganda agenda perversion perversions degeneracy lunacy'.split(
    ' ',
  );

/** Words before that keep the smear at a distance or deny it: "so-called", "anti-gay", "no gay agenda". */
export const DISTANCING: readonly string[] = 'so called anti no not alleged supposed imaginary mythical'.split(' ');

/**
 * Words after the smear's noun that show it naming a thing of its own (a law, a job, a bin): "gay propaganda law",
 * "a gay garbage man".
 */
export const THING_HEADS: readonly string[] = (
  'law laws ban bans bill bills legislation rule rules statute act collector collectors man men truck trucks ' +
  'bag bags bin bins can cans day pickup dump disposal'
).split(' ');

/** After "agenda": a schedule ("the LGBT agenda for Pride month", "agenda items"). */
export const SCHEDULE_WORDS: readonly string[] = 'for of item items'.split(' ');
