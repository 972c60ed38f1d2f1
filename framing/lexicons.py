"""Word lists behind the model's hand-made features, for framing.

Each list targets one signal from LABELS.md. They are deliberately small, high-precision
lists of lower-case words or phrases; the model weighs them, so a word here is evidence,
not a rule. See docs/features.md for what each list is for. The attribution lists
(reporting verbs, hearsay, vague sources) live in `framing.attribution`, which uses them first.
"""

from __future__ import annotations

# Words that carry the writer's judgement: loaded, emotive or evaluative adjectives,
# adverbs and nouns ("the hapless senator", "a brutal war", "cleverly").
EVALUATIVE = frozenset(
    """
    absurd alarming amazing appalling astonishing atrocious awful bad baseless beautiful
    bizarre blatant bold brave brilliant brutal callous catastrophic cheap chilling clever
    cleverly corrupt cowardly crazy cruel cynical dangerous deadly deceitful deplorable
    desperate despicable destructive devastating dishonest disastrous disgraceful disgusting
    dismal draconian dreadful dubious egregious embarrassing evil excellent extreme
    extremist fabulous failed fake false fantastic farcical fearmongering feckless foolish
    fraudulent glaring good grave great greedy grotesque hapless harsh hateful heroic
    hideous horrendous horrible horrific hypocritical idiotic ignorant illegitimate
    incompetent inexcusable infamous insane insidious irresponsible laughable lazy lousy
    ludicrous lunatic malicious mediocre mindless misguided monstrous naive nasty nefarious
    notorious obscene odious offensive outrageous pathetic petty phony pitiful poor
    preposterous racist radical reckless remarkable repugnant revolting ridiculous rogue
    ruthless sad sadly scandalous senseless shameful shameless shocking shoddy silly
    sinister sloppy smart spectacular staggering stunning stupid superb terrible terrific
    thug thugs tragic tragically treacherous troubling ugly unacceptable unbelievable
    unconscionable unfair unfortunately unhinged unjust unprecedented unthinkable vicious
    vile villain violent wasteful weak wicked wise wonderful worse worst worthless wrong
    wrongly absurdly bravely foolishly shamefully disgracefully hysteria hysterical
    propaganda regime scheme smear witch-hunt witch hunt hoax rhetoric nonsense garbage lies
    liar lying crooked elite elites globalist mob puppet traitor tyranny tyrant assault
    attack war crusade agenda
    """.split()
)

# Hedges and speculation: the writer is not stating, they are guessing.
HEDGES = frozenset(
    """
    apparently arguably perhaps maybe possibly probably presumably likely unlikely seemingly
    seems seem seemed appears appear appeared suggest suggests suggested suggesting might
    could may would conceivably potentially supposedly somewhat rather almost
    """.split()
)

# Intensifiers and minimisers that turn a statement into an evaluation.
INTENSIFIERS = frozenset(
    """
    very extremely incredibly utterly truly really deeply highly hugely massively totally
    absolutely completely entirely simply just only merely even still already clearly
    obviously surely certainly undoubtedly indeed literally sheer mere so such too ever
    never always everyone nobody nothing everything
    """.split()
)

# Interpretive, causal and predictive verbs: the writer says what something means or portends.
INTERPRETIVE = frozenset(
    """
    shows show showed reveals reveal revealed highlights highlight highlighted underscores
    underscore underscored underlines signals signal signaled signalled demonstrates
    demonstrate proves prove proved means meant implies imply reflects reflect reflected
    indicates illustrates illustrate exposes expose exposed marks mark portends threatens
    threaten threatened fuels fuel fueled fuelled undermines undermine undermined deepening
    deepens mounting mount looms loom looming risks risk jeopardizes
    """.split()
)

# Words of crisis, collapse, triumph: the metaphors LABELS.md names as framing.
CRISIS = frozenset(
    """
    crisis crises collapse collapsing chaos chaotic disaster catastrophe turmoil meltdown
    nightmare storm firestorm spiral spiraling spiralling plague epidemic triumph victory
    defeat battle fight war onslaught surge wave flood exodus doom doomed
    """.split()
)

# Modal verbs and future markers (predictions, obligations, calls to act).
MODALS = frozenset(
    """
    will shall should must ought need needs would could might may can
    """.split()
)

# Calls to act and direct address.
SECOND_PERSON = frozenset(
    """
    you your yours yourself yourselves
    """.split()
)
FIRST_PERSON = frozenset(
    """
    i me my mine myself we us our ours ourselves
    """.split()
)
