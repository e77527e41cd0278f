/**
 * Threats, wishes of harm and sexual jibes said without a threat word, in the syntax of `phrases.ts`: arson and
 * maiming promised ("I will burn your house down", "I'll cut your tongue out"), a killing called for ("send them to
 * the gas chambers"), a death longed for or called someone's due ("I'd love to see them hanged", "he deserves a slow
 * painful death"), damnation ("a special place in hell"), sexual jibes aimed at a person ("has a tiny penis") and
 * people told to leave the country. Each needs a promise, a call or a person, so news of violence stays clean.
 */
import type { PhraseSpec } from './phrases.js';

/** How a blade or a spike is driven in, in the base form of a call ("stick", not "stuck"). */
export const DRIVEN = 'drive|stick|jam|shove|plunge|put|sink|kick|ram|run|thrust|hammer|bury';

/** Blades and spikes driven into a body. */
export const BLADES =
  'knife|knives|blade|shiv|shank|pick|icepick|stake|spike|nail|sword|dagger|bayonet|axe|ax|hatchet|machete|screwdriver|pitchfork|spear|arrow|skewer|poker|cleaver|chisel';

/** Where a blade driven in kills or maims; not "back" (a knife in the back is a betrayal). */
export const PIERCED =
  'head|heart|eye|eyes|eyeball|eyeballs|ear|ears|neck|throat|skull|chest|gut|guts|belly|stomach|brain|temple|forehead|face|ribs|spine|kidney|kidneys';

export const HARM_PHRASES: readonly PhraseSpec[] = [
  // "I'll cut your tongue out", "we'd rip his heart out": a maiming promised.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we will|ll|gonna|going|am|m|shall|would|d ~2 cut|rip|gouge|tear|slit @your|his|her ~1 tongue|throat|eyes|heart|balls|guts|spine|ears',
  },
  // "wait till I get my hands on you": a beating promised on meeting.
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'till|until|when|once|if i|we get|lay|put my|our ~1 hands on you|u|ya|him|her',
  },
  // "you'll get what's coming to you", "I will end you": harm promised without its name.
  { kind: 'threat', score: 0.7, pattern: '@you will|ll|gonna|going|are|re ~2 get what|whats s|is? coming to @you' },
  { kind: 'threat', score: 0.8, pattern: 'i|we will|ll|gonna|going|am|m|shall ~2 end you|u|ya' },
  // "You're a dead man", "you are a dead man walking": a death promised to the reader ("he's a dead man walking",
  // a career said to be over, is not said to anyone).
  { kind: 'threat', score: 0.8, pattern: '@you are|re a dead man|woman|girl|boy' },
  { kind: 'threat', score: 0.8, pattern: 'ur|youre a dead man|woman|girl|boy' },
  // "Enjoy your last days on earth": a death foretold to the reader (not "enjoy your last days of summer").
  { kind: 'threat', score: 0.75, pattern: 'enjoy @your last days|day|hours|moments|breaths on earth' },
  { kind: 'threat', score: 0.75, pattern: 'enjoy @your last days|day|hours|moments|breaths alive' },
  // "I'll make you regret this", "we will make you suffer", "I'm going to find you and make you pay": a revenge
  // promised. A price to pay for something else ("we'll make you pay for parking") names no revenge.
  { kind: 'threat', score: 0.8, pattern: 'i|we will|ll|gonna|going|am|m|are|re|shall ~2 make @you regret|suffer' },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'i|we will|ll|gonna|going|am|m|are|re|shall ~2 make @you pay for this|that|it|what',
  },
  { kind: 'threat', score: 0.8, pattern: 'find @you and make @you pay|regret|suffer' },
  // "Pray we never meet in person.", "We're coming for you and your family": a meeting or a visit dreaded.
  { kind: 'threat', score: 0.75, pattern: 'pray that? we|i never meet in|face|irl' },
  { kind: 'threat', score: 0.75, pattern: 'pray that? we|i never cross paths' },
  { kind: 'threat', score: 0.8, pattern: 'coming|come for @you and @your family|kids|children|wife|husband' },
  // "A rope and a tree would fix this": a lynching named by its tools.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'rope|noose and a|the? tree|lamppost|branch would|will|could|should|fix|fixes|solve|solves',
  },
  // "Exercise your second amendment rights on these traitors", "a second amendment solution": a shooting called for.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'second|2nd amendment rights? on|against ~1 @people|them|him|her|traitors|liberals|leftists|commies',
  },
  { kind: 'threat', score: 0.8, pattern: 'second|2nd amendment solution|solutions|remedy|remedies' },
  // "I'm outside your house right now", "Someone should pay this journalist a visit": a visit announced or called for.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'i|we m|am|re|are|ll|will be? outside @your house|home|door|office|flat|apartment|school|work',
  },
  { kind: 'threat', score: 0.75, pattern: 'someone|somebody ~2 pay @pronoun|this|that ~1 a little? visit' },
  // "I'd shoot every one of them", "we should hang each and every one of them": all of them, not one.
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'i|we would|d|will|ll|should|could ~1 kill|shoot|hang|strangle|lynch every|each ~3 one of them|you|em',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'i|we will|ll|gonna|going|am|m ~2 find out? where @you|he|she ~1 live|lives|sleep|sleeps',
  },
  // "he deserves a slow painful death", "I pray for his death": a death wished as someone's due.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'deserve|deserves|deserved a ~1 slow|painful|horrible|gruesome|agonizing|agonising|miserable|violent ~1 death',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'pray|praying|hope|hoping for @your|his|her|their ~1 death|demise|assassination',
  },
  // "I'd love to see him hanged", "I want to see them suffer": a death or torment the commenter longs to watch.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'i|we|id ~2 love|like|want|wanna|wanted|hope to? see @pronoun|these|those|all ~2 dead|die|suffer|burn|rot|hanged|lynched|raped|shot|killed|executed|tortured',
  },
  // "send them to the gas chambers", "throw him off a bridge", "feed her to the sharks": a killing called for.
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'send|put|throw|shove|ship|herd @pronoun|em all? ~3 gas chamber|chambers|oven|ovens',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'throw|toss|push|chuck|drop @pronoun|em off|from|out ~2 bridge|cliff|roof|rooftop|balcony|tower|skyscraper|helicopter|helicopters',
  },
  { kind: 'threat', score: 0.75, pattern: 'feed @pronoun|em to the sharks|lions|wolves|crocodiles|alligators|gators' },
  // "we should wipe them off the map", not "the Allies wanted to wipe them off the map" (a report).
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|lets|just|gotta|ought|shall|need|needs ~2 wipe @pronoun|em off the map|earth|planet|face',
  },
  // "I will burn your house down", "we'll torch his car": arson promised against someone's home or goods.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we will|ll|gonna|going|am|m|are|re|shall|would|d ~2 burn|torch|firebomb|bomb @your|his|her house|houses|home|car|office|place|shop|store|church|farm|business|truck|apartment|flat|door down?',
  },
  // "we'll make your life a living hell": torment promised, not "this law will make your life hell" (a thing's doing).
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'i|we will|ll|gonna|going|am|m|are|re|shall|would|d ~2 make @your|his|her life ~2 hell',
  },
  // "I want to kill him", "we wish to strangle them", "I'd love to punch you": a killing or a blow the writer wants to
  // deal (not "I'd love to shoot her", a photograph; not "I don't want to ...", the pattern needs "I want" together).
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we want|wanna|wish to? ~1 kill|shoot|stab|strangle|murder|punch|slap|hang|lynch|choke|throttle|behead|torture|execute @pronoun|em',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'id|i|we would|d love|like to ~1 kill|stab|strangle|murder|punch|slap|hang|lynch|choke|throttle|behead|torture @pronoun|em',
  },
  // "someone should cut their heads off", "I hope somebody slits his throat": a beheading or a throat cut asked for.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'someone|somebody|should|must|lets|gonna|wanna|hope|hoping|wish ~2 cut|cuts|chop|chops|hack|hacks|slit|slits|slice|slices @your|his|her|their|them|em head|heads|throat|throats',
  },
  // "he should be kicked in the crotch", "they need to get punched in the face": a blow called someone's due.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets kicked|punched|slapped|smacked|kneed|whacked|booted|socked in|on|across the|his|her|their|your ~1 face|head|crotch|groin|balls|nuts|teeth|mouth|jaw|nose|throat|stomach|gut|guts|ass|butt|arse|junk|privates|testicles|kneecaps|ribs|kidneys|genitals',
  },
  // "they should just be summarily executed", "he should be publicly hanged": an execution called for with its manner.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets summarily|publicly|immediately|promptly @passive',
  },
  // "he should be put to death", "should be dragged through the streets": an execution or
  // a mob's punishment called for.
  { kind: 'threat', score: 0.85, pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets put to death' },
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets dragged through|behind ~2 streets|street|truck|car|horse|horses|town',
  },
  // "he should hang for this", "they ought to swing for treason", "they should all hang for their crimes": a hanging
  // called someone's due ("sentenced to hang for treason" reports one).
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|deserve|deserves all|both? to? hang|swing for it|this|that|treason|sedition|what',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|deserve|deserves all|both? to? hang|swing for their|his|her crimes|treason|betrayal',
  },
  // "The whole lot of them should hang.", "They ought to hang!": the hanging itself, the whole clause (not "the
  // portraits should hang in the hall"; "swing" is left out: "the election could swing").
  { kind: 'threat', score: 0.8, whole: true, pattern: 'should|must|ought|deserve|deserves all|both? to? hang' },
  // "put him down like a rabid dog": a killing called for, likened to an animal's.
  { kind: 'threat', score: 0.85, pattern: 'put|putting @pronoun|em down like a|an? ~1 dog|dogs|animal|animals|horse' },
  // "Off with their heads!"
  { kind: 'threat', score: 0.75, pattern: 'off with his|her|their|your head|heads' },
  // "can't wait to see him hang", "I'd pay to see them suffer": a death or torment looked forward to.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'wait|pay to see @pronoun|these|those|all ~2 dead|die|suffer|burn|rot|hang|hanged|lynched|fry|shot|killed|executed|tortured',
  },
  // "I'd be happy if they all died": a death wished in the past of a wish (not "happy when he dies of old age").
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'happy|glad|pleased|delighted if he|she|they|you ~2 died|hanged|croaked',
  },
  // "bomb them back to the stone age", "we should exterminate them": a people's end called for.
  { kind: 'threat', score: 0.85, pattern: 'bomb|nuke|blast @pronoun|em back to the stone age' },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'should|must|lets|just|gotta|ought|need|needs|shall ~2 exterminate|annihilate @pronoun|em',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'put|send|throw|lock|ship|herd @pronoun|em all? in|into|to concentration|death|extermination camps|camp',
  },
  // "death is too good for him", "a bullet's too good for them": a death called less than someone's due.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'hanging|death|lynching|bullet|rope|shooting|electrocution is|s too good for @pronoun|em',
  },
  // "someone should smack him", "I'd deck her", "I'd knock him out cold": a blow promised or asked for.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'i|we|id|someone|somebody should|would|d|ll|will|needs|need|must|gonna|wanna|to ~2 smack|whack|deck|clobber|pummel @pronoun|em',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'i|we|id|someone|somebody ~3 knock @pronoun|em out? cold|unconscious|senseless',
  },
  // "the only justice would be if they got beaten to death": a harm to someone called justice.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'only|real|true|poetic|fitting|sweet justice|karma ~4 if|when|see they|he|she|them|him|her ~1 get|gets|got|were|was|be|is? raped|beaten|killed|shot|hanged|lynched|murdered|tortured|stabbed|executed',
  },
  // "just cut off their hands", "someone should chop his fingers off": a maiming called for (not "cut off their
  // funding", "the army cut off their supply lines": a body part, and a call, are needed).
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'just|should|must|someone|somebody|lets|gotta|need|needs|wanna|ought|shall ~2 cut|chop|hack|saw off his|her|their|your ~1 @limb',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'just|should|must|someone|somebody|lets|gotta|need|needs|wanna|ought|shall ~2 cut|chop|hack|saw his|her|their|your ~1 @limb off',
  },
  // "someone should cut his tongue out", "they should rip their eyes out": what is torn out of a body, called for.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'just|should|must|someone|somebody|lets|gotta|need|needs|wanna|ought|shall ~2 cut|rip|gouge|tear his|her|their|your ~1 tongue|tongues|eyes|eye|heart|hearts|guts out',
  },
  // "just drive a stake through his heart", "someone should stick an ice pick in her ear": a blade or spike driven
  // into a person's head or body, called for or promised. A base verb after a call, or opening the sentence (never
  // "stuck a knife in him", told; nor "a knife in the back", betrayal; nor "the heart of the plan", no person's).
  {
    kind: 'threat',
    score: 0.85,
    pattern: `just|should|must|lets|gotta|need|needs|wanna|ought|shall|ll|gonna|d ~2 ${DRIVEN} ~2 ${BLADES} in|into|through|between to? @your|his|her|their ~1 ${PIERCED}`,
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: `${DRIVEN} ~2 ${BLADES} in|into|through|between to? @your|his|her|their ~1 ${PIERCED}`,
    order: true,
  },
  // "string them all up", "string the lot of them up": a lynching called for.
  { kind: 'threat', score: 0.85, pattern: 'string|strung @pronoun|em all|both up' },
  { kind: 'threat', score: 0.85, pattern: 'string|strung the lot of @pronoun|em up' },
  // "somebody should bomb the hell out of that town": a bombing asked for (not "it bombed at the box office").
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'should|must|someone|somebody|lets|just|gotta|need|needs|wanna|ought|shall ~2 bomb|nuke|napalm|shell|firebomb the hell|heck|shit|crap|snot|daylights out of them|em|him|her|that|those|these|every|everyone|everybody|the|their',
  },
  // "he should have been shot years ago": a killing regretted as overdue (not "he should never have been shot").
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'he|she|they|you|u|ya ~1 should|shoulda|ought ~2 been shot|hanged|executed|lynched|strangled|gassed|beheaded|drowned|aborted',
  },
  { kind: 'threat', score: 0.85, pattern: 'he|she|they|you|u|ya ~1 should|shoulda|ought ~2 been strung up' },
  // "The only solution is to kill them all", "the answer is to shoot these looters": a killing offered as the fix.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'answer|solution|cure|remedy|fix is|s|would ~2 kill|shoot|hang|nuke|bomb|exterminate|execute|gas|lynch|slaughter @pronoun|em',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'answer|solution|cure|remedy|fix is|s|would ~2 kill|shoot|hang|nuke|bomb|exterminate|execute|gas|lynch|slaughter all|these|those|the|every ~1 @people',
  },
  // "I'd love to see him get his ass kicked", "I hope she gets her butt whooped": a beating longed for.
  {
    kind: 'threat',
    score: 0.75,
    pattern:
      'see|hope|hoping|wish|watch|watching him|her|he|she ~1 get|gets|got his|her ass|butt|arse|teeth kicked|whooped|beaten|handed',
  },
  // "he ought to go before a firing squad": an execution called for ("before" ends a gap, so it is spelt out).
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'should|shoulda|must|ought|deserve|deserves|needs|need ~2 go|gone|stand|stood|put|sent|placed|face before a|the firing squad',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'should|shoulda|must|ought|deserve|deserves|needs|need ~2 go|gone|stand|stood|put|sent|placed|face in front of a|the firing squad',
  },
  // "should be handed over to them for execution": a killing called for by someone else's hand.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|needs|need ~2 be handed|turned|sent|extradited ~8 for execution|beheading|hanging',
  },
  // "too bad he didn't kill himself", "shame she didn't die": a death regretted as not come.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'shame|pity|bad he|she|they|you didn|didnt|did t|nt? kill|shoot|hang|off himself|herself|themselves|yourself',
  },
  { kind: 'threat', score: 0.8, pattern: 'shame|pity|bad he|she|they|you didn|didnt|did t|nt? die|croak' },
  // "too bad the bullet missed": a shooting regretted as failed.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'shame|pity|bad the|that bullet|bullets|sniper|assassin|bomb missed',
  },
  // "I'd gladly pull the trigger on you": a killing of the reader offered.
  { kind: 'threat', score: 0.8, pattern: 'i|id|we|d ~3 pull|squeeze the trigger for|on you|u|ya' },
  // "all the more reason to shoot them": a killing argued for.
  { kind: 'threat', score: 0.8, pattern: 'more reason to kill|shoot|hang|execute|lynch|exterminate @pronoun|em' },
  // "he needs his ass kicked", "she deserves to get her ass whooped": a beating called someone's due (not "butt":
  // "needs his butt kicked into gear" is a push).
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'need|needs|deserve|deserves|deserved ~3 his|her ass|arse kicked|whooped|beaten',
  },
  // "someone needs to beat some sense into him", "slap the stupid out of her": a beating to mend someone's mind.
  { kind: 'threat', score: 0.75, pattern: 'beat|slap|smack|whack some sense into @pronoun|em' },
  { kind: 'threat', score: 0.75, pattern: 'beat|slap|smack|knock|punch the stupid|stupidity|dumb out of @pronoun|em' },
  // "I'd pay to see him get beaten up": a beating longed for (not "beaten in the vote": "up" is needed).
  { kind: 'threat', score: 0.75, pattern: 'pay|love|like|wait to see @pronoun|em ~1 get|gets|got beaten|beat up' },
  // "somebody should give him a beating", "someone should take a bat to him": a beating asked for (not "voters should
  // give him a beating at the polls": someone unnamed must deal it).
  {
    kind: 'threat',
    score: 0.75,
    pattern:
      'someone|somebody ~2 give @pronoun|em a|an ~1 beating|thrashing|whooping|whipping|kicking|pounding|smack|slap|punch',
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern:
      'someone|somebody|should|needs|need|gotta|i|id|we ~2 take a bat|crowbar|hammer|tire|baseball|belt|whip|machete ~1 to @pronoun|em',
  },
  // "KILL KILL KILL": a chant for killing.
  { kind: 'threat', score: 0.8, pattern: 'kill kill kill' },
  // "one bullet, problem solved": a killing offered as the fix.
  { kind: 'threat', score: 0.8, pattern: 'bullet|bullets|rope|noose problem solved' },
  // "there's a special place in hell for him": damnation kept for someone.
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'special|warm|hot|hotter|hottest|nice|reserved|own place|spot|room|seat|corner in hell',
  },
  // "I hope he drops the soap": rape in prison wished on someone.
  { kind: 'harassment', score: 0.7, pattern: 'he|she|you|u|ya|they|him|her ~2 drop|drops|dropped|dropping the soap' },
  { kind: 'harassment', score: 0.7, pattern: 'don|dont t? drop the soap' },
  // "he needs a good dicking", "she just needs a good lay": sex forced on someone said to be their due.
  {
    kind: 'harassment',
    score: 0.75,
    pattern: 'need|needs|deserve|deserves|needed ~2 dicking|fucking|shagging|banging|boning|raping',
  },
  { kind: 'harassment', score: 0.7, pattern: 'she|he|you|u just? needs|need a good lay|shag' },
  // "he probably has a tiny penis": a sexual jibe about someone's body.
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'has|have|got|had a? small|tiny|little|teeny|puny|micro penis|dick|pecker|wiener|willy',
  },
  // "here's a dick for you to suck": a sexual jibe handed to someone.
  {
    kind: 'harassment',
    score: 0.75,
    pattern: 'dick|dicks|cock|cocks|penis|balls|knob|wiener|schlong for @pronoun|yall to suck|lick|blow',
  },
  // "they can go back where they came from", "send them back where they came from": people told they do not belong.
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'should|must|can|just|please|better|gotta|ought go back where they|he|she|you|u came|come',
  },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'send|ship|kick|deport|sent|shipped @pronoun|em all? back to? where they|he|she|you came|come',
  },
  // "send them back to the desert": people sent back to a land named as theirs. Told to go back themselves ("they can
  // go back to Africa") is read by `exclusion-calls.ts`, which tells a call from a trip ("I should go back to India
  // next year").
  {
    kind: 'harassment',
    score: 0.7,
    pattern:
      'send|ship|kick|deport @pronoun|em all? back to the? africa|mexico|asia|china|india|pakistan|arabia|somalia|syria|jungle|desert|jungles|deserts',
  },
  // "a country full of savages", "a nation inhabited by amoebas": a whole people dehumanized through its land (not "a
  // city overrun by rats": only words that never name real animals).
  {
    kind: 'harassment',
    score: 0.75,
    pattern:
      'country|countries|nation|nations|state|continent|hellhole|shithole|place is|s|was|are|were? full|inhabited|populated|overrun|filled of|by|with savages|barbarians|subhumans|amoebas|mongrels|inbreds|degenerates|troglodytes|neanderthals',
  },
  // "get the hell out of my country": people told they do not belong here.
  { kind: 'harassment', score: 0.7, pattern: 'get|go|clear the hell|fuck|heck out of my|our country|countries' },
];
