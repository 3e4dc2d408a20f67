"""The cue lexicon with its CAMEO-derived terms: news vocabulary, neutral statements, precedence."""

from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.petrarch_verbs import NEUTRAL, convert, read_terms, regular_forms, write_terms
from analysis.tension import CAMEO_PATH, CueLexicon, TermMatcher, default_lexicon, lexicon_cues
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("text", "phrase", "side"),
    [
        ("North Korea launched missiles into the sea on Sunday.", "launched missiles", 1),
        ("Hezbollah fires rockets at Tel Aviv.", "fires rockets", 1),
        ("Israel has strengthened its forces in Lebanon.", "strengthened its forces", 1),
        ("Five hundred Ugandan rebels surrendered last week.", "surrendered", -1),
        ("Czechia and Albania upgraded their diplomatic ties.", "upgraded their diplomatic ties", -1),
        ("The United States continued to send arms to Pakistan.", "send arms", -1),
        ("Trump calls for the unconditional surrender of Iran.", "unconditional surrender", 1),
        ("The US lifts its suspension on sharing intelligence with Ukraine.", "sharing intelligence", -1),
        ("Hezbollah fires a rocket barrage at northern Israel.", "fires a rocket", 1),
        ("China held live-fire drills off the coast of Taiwan.", "live-fire drills", 1),
        ("Russia began military exercises near the Ukrainian border.", "military exercises near", 1),
        ("North Korea fired a ballistic missile over Japan.", "fired a ballistic missile over Japan", 1),
        ("Beijing summoned the ambassador after the remarks.", "summoned the ambassador", 1),
        ("Moscow expelled diplomats in a tit-for-tat move.", "expelled diplomats", 1),
        ("Artillery units shelled the village overnight.", "shelled", 1),
        ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "seized", 1),
        ("Saudi Arabia imposed a blockade on Qatar.", "blockade", 1),
        ("India reported an incursion by Chinese troops.", "incursion", 1),
        ("Turkey protested an airspace violation by Greek jets.", "airspace violation", 1),
        ("Washington raised tariffs on Chinese goods.", "tariffs", 1),
        ("Beijing promised retaliation.", "retaliation", 1),
        ('Trump promised "fire and fury like the world has never seen" if Pyongyang threatens.', 'promised "fire and fury', 1),
        ("Russia stopped the vessels by blocking the strait with a cargo ship.", "blocking", 1),
        ("Washington blocked a UN resolution on the war.", "blocked a UN resolution", 1),
        ("A Maltese port manager is killed at a fish market by militants.", "killed", 1),  # no "manag*" prevention
        ("Turkey asks for Patriot missiles to deter Syrian and Russian air strikes on its troops.", "air strikes", 1),
        ("Moscow is attempting to discredit the peace negotiations.", "discredit", 1),
        ("The two sides signed a ceasefire agreement.", "ceasefire agreement", -1),
        # Stopping or leaving a cooperative act undoes it; stopping an attack eases.
        ("The United Kingdom suspends all arms exports to Israel.", "suspends all arms exports", 1),
        ("The United States pauses US$95 million in assistance to Georgia.", "assistance", 1),
        ("Trump says he is postponing the attack on Iran.", "attack", -1),
        ("The U.S. will relax some of the tariffs imposed on Chinese imports.", "tariffs", -1),
        # (cues v152: the leaving and the agreement are one cue)
        ("The United States withdraws from the Paris Agreement.", "withdraws from the Paris Agreement", 1),
        ("Trump pulls out of the nuclear deal with Iran.", "pulls out of the nuclear deal", 1),
        ("North Korea cancels high-level talks with South Korea.", "talks", 1),
        ("An Iranian drone struck the British base RAF Akrotiri.", "drone struck", 1),
        ("Israeli forces completed the corridor, cutting off the city of Rafah.", "cutting off", 1),
        ("The department will start revoking visas for Chinese students.", "revoking visas", 1),
        ("Paraguay reopens its embassy in Jerusalem.", "reopens its embassy", -1),
        # Troops leaving a place still ease: the withdrawal governs no cue, so it is one itself.
        ("Turkish troops withdraw from northern Syria.", "withdraw", -1),
        ("Angry supporters storm the United States embassy in Baghdad.", "storm the", 1),
        # Leaving a body breaks relations with it (the category's compounds: every verb, every body).
        ("The United States will withdraw from the World Health Organization.", "withdraw from the World Health Organization", 1),
        ("Britain formally leaves the European Union.", "leaves the European Union", 1),
        ("Russia and Iran disagree with the Turkish proposal for talks.", "proposal", 1),  # a refused proposal
        # Taking back support or recognition reduces relations; a statement taken back is no protest.
        ("Panama withdraws its recognition of Taiwan.", "withdraws its recognition", 1),
        ("Slovakia withdraws support for Ukraine.", "withdraws support", 1),
        ("Trump retracts his endorsement of the communique.", "retracts his endorsement", 1),
        ("Mali and Niger mutually reject ECOWAS.", "mutually reject", 1),  # the adverb is the verb's
        # A gap phrase with a category of its own: diplomats withdrawn reduce relations, troops ease.
        ("Canada will withdraw half of its embassy staff in Cuba.", "withdraw half of its embassy staff", 1),
        ("The Netherlands withdraw their ambassador in Ankara.", "withdraw their ambassador", 1),
        ("Russia withdraws half of its troops from Syria.", "withdraws", -1),
        # peacekeepers, inspectors and observers withdrawn reduce relations (CAMEO 1661-1662)
        ("Annan will withdraw weapons inspectors and humanitarian workers from Iraq.", "withdraw weapons inspectors", 1),
        ("India withdraws a contingent of peacekeepers from Tripoli.", "withdraws a contingent of peacekeepers", 1),
        ("The United States withdrew from the Joint Comprehensive Plan of Action.",
         "withdrew from the Joint Comprehensive Plan of Action", 1),
    ],
)
def test_news_vocabulary_yields_a_cue_of_its_side(text, phrase, side):
    start = text.index(phrase)
    inside = [c for c in lexicon_cues(text) if start <= c.start and c.end <= start + len(phrase)]
    assert inside, text
    assert all((c.weight > 0) == (side > 0) for c in inside), [(c.term, c.weight) for c in inside]


def test_crossing_a_border_is_no_peacekeeping():
    # CAMEO codes "cross border into" 074 (military protection, +8.5): here migrants, then a clash.
    cues = lexicon_cues("About 30 Indians cross the border into Nepal and clash with Nepali police.")
    assert [c.term for c in cues] == ["clash"] and cues[0].weight > 0


@pytest.mark.parametrize(
    ("text", "refused", "sign"),
    [
        ("Israel rejected the Egyptian proposal.", "proposal", 1),
        ("Russia vetoed the ceasefire resolution.", "ceasefire", 1),
        ("Hanoi turned down the offer of aid.", "offer", 1),
        # A refused conflict cue is a dispute still: the accusation is not governed.
        ("China rejects the US accusations of spying.", "accusations", 1),
    ],
)
def test_a_refused_cooperation_is_conflict_and_the_refusal_stays_a_cue(text, refused, sign):
    cues = lexicon_cues(text)
    (governed,) = [c for c in cues if c.term == refused]
    assert (governed.weight > 0) == (sign > 0)
    assert any(c.term.lower().startswith(("reject", "veto", "turned down")) and c.weight > 0 for c in cues), cues
    if refused == "accusations":
        assert governed.modifiers == ()


def test_an_act_asked_for_counts_half_of_the_act_done():
    def weight(text: str) -> float:
        (cue,) = [c for c in lexicon_cues(text) if c.term.lower().startswith("end")]
        return cue.weight

    done = weight("Russia and Ukraine end the war.")
    assert done < 0
    for asked in ("The Pope calls on Russia and Ukraine to end the war.", "Modi urges Zelenskyy to end the war."):
        assert weight(asked) == pytest.approx(done / 2), asked


def test_a_refusal_that_meets_a_dispute_first_reaches_no_further():
    cues = lexicon_cues("China rejects the accusations and welcomes talks.")
    (welcomes,) = [c for c in cues if c.term == "welcomes"]
    assert welcomes.weight < 0 and welcomes.modifiers == ()


@pytest.mark.parametrize(
    "text",
    [
        "The general tested positive for COVID-19.",  # a test result, no appraisal
        "Sudan alleges a violation of the Genocide Convention.",  # a treaty's name, no genocide
        "The report lists crimes committed by the army.",  # perpetrating, not pledging
        "Ukraine receives more F-16 Fighting Falcons from the Netherlands.",  # an aircraft's name
        "Tropical Storm Imelda makes landfall in Cuba.",  # the weather's noun, no storming
        "Russia and Ukraine exchange hundreds of prisoners of war.",  # captives, no act of war
        "Trump signs an order sending the National Guard to the Mexico border.",  # a signature at home
        "Stocks fell after a warning on weak demand from China.",  # a market's demand
        # names that hold a cue's word: a government, a UN office, a group, a place, a person, a sport
        "Turkey backs the Government of National Accord in Tripoli.",
        "The UN Office for the Coordination of Humanitarian Affairs counts the dead.",
        "The Allied Democratic Forces killed 20 villagers.",
        "Troops patrol the Korean Demilitarized Zone.",
        "The death of Otto Warmbier strained ties.",
        "Osaka wins her second Grand Slam title in Australia.",
        "The United Nations Relief and Works Agency runs the schools.",
        "Venezuela's financial assets stay frozen in Portugal.",  # an adjective, no financing
        "The Japanese finance minister meets his Chinese counterpart.",
        "The ministry releases a detailed breakdown of casualties.",  # a document, no prisoner
        "The report lists abuses committed in 2006 by the militia.",  # perpetrating, not pledging
        "Islamic fundamentalists gather in Al-Funduq.",  # no funding
        "The index names Somalia the most corrupt country.",  # an adjective, no CAMEO act
        "Turkey threatens appropriate measures at the appropriate time.",  # an adjective, no seizure
        "Rules with respect to Iran are listed in annex II of the resolution.",  # a preposition, a document
        "Assistant Secretary Jones discusses HIV/AIDS with Kenya.",  # an office, a disease
        "Chad is overcoming the crisis and eradicating polio for people residing in camps.",  # no force
        "Iran bars American athletes from the 2017 Wrestling World Cup.",  # a sport, no force
        "Israel upsets host nation South Korea 2-1 in extra innings.",  # a surprise win, no protest
        "Norway upgrades the alert level from moderate to high.",  # an adjective, no CAMEO coercion
        "A glide bomb hit a high-rise apartment block.",  # a building, no blockade
        "Uganda builds new settlements for South Sudanese refugees.",  # camps, no land taken
        "Robredo condemned the country's war on drugs.",  # a campaign against crime, no war between actors
        "The president is impeached for abuse of power and abusing his position.",  # an office misused
        "Britain takes part in the talks and took part in the raid.",  # what is taken part in says the side
        "Poland takes over the rotating Presidency of the United Nations Security Council.",  # an office
    ],
)
def test_names_and_phrases_that_hold_a_cue_word_without_its_meaning(text):
    words = ("positive", "genocide", "committed", "fighting", "storm", "war", "signs", "demand", "accord",
             "coordination", "humanitarian", "allied", "demilitarized", "warmbier", "slam", "relief", "financial",
             "finance", "releases", "fundamentalists", "funduq", "corrupt", "appropriate", "respect", "annex",
             "assistant", "aids", "overcoming", "eradicating", "residing", "wrestling", "upsets", "takes",
             "moderate", "block", "war", "abuse", "abusing", "takes", "took", "new")
    assert [c for c in lexicon_cues(text) if c.term.lower().split()[0] in words] == []


@pytest.mark.parametrize(("text", "term", "category"), [
    ("Israeli strikes across Gaza overnight.", "strikes", "military_action"),  # an air force's, not a walkout
    ("Iran is launching ballistic missiles at US bases.", "launching ballistic missiles", "military_action"),
    ("India announces measures targeting Pakistan.", "targeting", "coercion"),
    ("Israel announces 22 new settlements in the West Bank.", "new settlements", "coercion"),  # land taken
    # a charge or a finding in news, an accusation's weight (as an act it made the accuser the attacker)
    ("Crimes against humanity were committed in Darfur.", "Crimes against humanity", "protest"),
    ("Russia's city blockade of Mariupol continues.", "blockade", "coercion"),  # no city block
    # force held out, not used: a threat (CAMEO 138)
    ("Taiwan must be unified with the mainland, by force if necessary.", "by force if necessary", "threat"),
    ("The army staged a coup in Niger.", "coup", "military_action"),
    ("The Norwegian Pension Fund divests from 11 Israeli companies.", "divests from", "coercion"),
    ("Pakistan announces the start of large-scale military action against India.", "military action",
     "military_action"),
])
def test_news_acts_of_force(text, term, category):
    assert [(c.term, c.category) for c in lexicon_cues(text) if c.weight > 0] == [(term, category)]


@pytest.mark.parametrize(("text", "term", "category"), [
    ("The Security Council extends the mandate of its mission in Mali.", "extends the mandate", "agreement"),
    ("The Council holds an open debate on Somalia.", "open debate", "consultation"),
])
def test_a_mission_kept_on_and_a_public_meeting_are_cooperation_not_cameos_demand_or_threat(text, term, category):
    assert [(c.term, c.category) for c in lexicon_cues(text)] == [(term, category)]


@pytest.mark.parametrize("text", [
    "Workers stage a general strike over pensions in France.",
    "A 6.8 earthquake strikes near Tarija, Bolivia.",
    "The bodies of an American-Israeli couple are recovered.",  # no coup in a couple
])
def test_walkouts_earthquakes_and_couples_are_no_force(text):
    assert [c for c in lexicon_cues(text) if c.category == "military_action"] == []


@pytest.mark.parametrize("text", [
    "Wildfires in Spain and Portugal kill at least 31 people.",
    "Eight people are killed and 13 injured in a hot air balloon accident in Brazil.",
    "The government reports the deaths of three citizens in the South Korean floods.",
    "Five Turkish soldiers are killed by methane gas exposure in a cave in northern Iraq.",
    # cues v142 (links33)
    "An Air Europa aircraft experiences severe turbulence while flying from Madrid, Spain, injuring 40 people.",
])
def test_deaths_in_a_disaster_are_no_act(text):
    from analysis.scoring import tension_cues

    assert tension_cues(text) == []


def test_borders_closed_against_an_epidemic_are_no_measure_against_a_state():
    from analysis.scoring import tension_cues

    assert tension_cues("Canada will close its borders to all foreign travelers due to the pandemic.") == []
    assert tension_cues("Turkey closes its border with Iran due to more cases of coronavirus in Iran.") == []
    (closure,) = tension_cues("Venezuela closes its maritime borders with Aruba.")
    assert closure.category == "coercion" and closure.weight > 0
    # an act of force beside an epidemic still counts
    assert [c.term for c in tension_cues("Israel bombs Gaza amid the coronavirus pandemic.") if c.weight > 0]
    # cues v143: closures with words between are measures too against an epidemic, read by head and object
    assert tension_cues("Pakistan closes all land borders with Iran to prevent the spread of the coronavirus.") == []
    assert tension_cues("Greece announces a closure of its border crossing with Albania to contain COVID-19.") == []


@pytest.mark.parametrize(("text", "term"), [
    ("Brazil closes its international border with Venezuela.", "closes its international border"),
    ("Maduro orders the closing of his country's border with Brazil.", "closing of his country's border"),
    ("Cambodia shuts down its border crossings with Thailand.", "shuts down its border"),
    ("Israel closes the Kerem Shalom border crossing into Gaza.", "closes the Kerem Shalom border"),
])
def test_a_border_closed_with_words_between_is_coercion(text, term):
    """cues v143: the listed "closes its border" phrases missed "its international border", "the closing of
    ... border" and named crossings; a gap phrase joins the closing word to the border."""
    from analysis.scoring import tension_cues

    (closure,) = [c for c in tension_cues(text) if c.weight > 0]
    assert (closure.term, closure.category) == (term, "coercion")


@pytest.mark.parametrize("text", [
    "A car bomb in the Syrian town of al-Rai, close to the Turkish border, kills at least ten people.",
    # reader32's breaks of the first v143: a preposition between, a bare "seal", a place, the weather, a disease
    "China and Russia pledge close cooperation on border security.",
    "India and China hold closed-door talks on border issues in Beijing.",
    "Armenia and Azerbaijan seal a deal on border demarcation.",
    "Turkey keeps a close watch on its border with Syria.",
    "Indian and Pakistani soldiers perform the closing ceremony at Wagah border.",
    "Ukraine is shut out of border talks between Russia and the United States.",
    "India shuts down the internet in border districts with Myanmar.",
    "Refugees gather near the closed Belarusian border with Poland.",
    "A dust storm shuts the Torkham crossing between Pakistan and Afghanistan.",
    "Heavy snow closes the Upper Lars border crossing between Georgia and Russia.",
    "Slovakia closes several border crossings with Hungary and Austria due to foot-and-mouth disease.",
])
def test_what_closes_no_border_is_no_closure(text):
    from analysis.scoring import tension_cues

    assert not [c for c in tension_cues(text) if "border" in c.term or "crossing" in c.term], text


def test_acts_of_force_stay_cues_beside_a_disaster():
    cues = lexicon_cues("Israeli airstrikes kill 20 in Gaza after the earthquake in Turkey.")
    assert [c.term for c in cues] == ["airstrikes"]
    assert [c.term for c in lexicon_cues("Israeli airstrikes kill 20 in Gaza.")] == ["airstrikes", "kill"]


@pytest.mark.parametrize("text", [
    "Tied 1-1, Sweden wins in a shootout against Canada to claim its tenth title.",
    "Russia knocks out Spain from the World Cup after winning a penalty shootout.",
    "Sergio García of Spain wins the 2017 U.S. Masters.",
])
def test_a_games_shootout_or_title_is_no_force(text):
    assert lexicon_cues(text) == []


def test_a_patients_treatment_is_no_aid():
    assert lexicon_cues("The president receives treatment in a German hospital.") == []


def test_a_storm_is_a_disaster_where_storming_is_an_act():
    assert lexicon_cues("The storm is over Cuba after killing ten people in Haiti.") == []
    assert {"storm the", "killing"} <= {c.term for c in lexicon_cues("Protesters storm the embassy, killing two.")}


@pytest.mark.parametrize(("text", "side"), [
    # drills held together are military cooperation (CAMEO 062); near a third party, a show of force
    ("South Korea and the United States launch their largest-ever annual joint aerial drill.", -1),
    ("China and Russia hold joint naval drills near Japan.", 1),
    # not renewing a treaty sours
    ("Ukraine decides not to renew the Russian–Ukrainian Friendship Treaty.", 1),
    # giving up weapons eases; a border closed whatever its side sours
    ("Kim is willing to give up his nuclear weapons.", -1),
    ("Ukraine says that its troops are still advancing in Kursk Oblast.", 1),
    ("Russia closed its southern borders with Iran and Turkey.", 1),
    ("Niger suspends diplomatic relations with Ukraine.", 1),
    ("Nicaragua breaks off diplomatic relations with Israel.", 1),
    ("Bolivia and Israel formally restore diplomatic relations.", -1),
    ("Russia will train Venezuelan pilots.", -1),
])
def test_relations_broken_or_restored_and_training(text, side):
    cues = lexicon_cues(text)
    assert cues and all((c.weight > 0) == (side > 0) for c in cues), cues


def test_a_refusal_to_negotiate_and_a_downing():
    cues = {c.term: c.weight for c in lexicon_cues("Qatar cites a refusal to negotiate in good faith.")}
    assert cues["negotiate"] > 0 and cues["refusal"] > 0
    assert [c.category for c in lexicon_cues("Talks on the downing of Flight 17 stall.") if c.weight > 0] == [
        "military_action"]


def test_a_railway_train_is_no_training():
    text = "All trains running through the Gare du Nord are canceled, including Eurostar trains from London."
    assert lexicon_cues(text) == []


def test_implementing_an_act_takes_its_side():
    (sanctions,) = lexicon_cues("Germany plans to implement additional sanctions against Israel.")
    assert sanctions.term == "sanctions" and sanctions.weight > 0
    assert [c.term for c in lexicon_cues("Israel and Hamas agree to implement the ceasefire.")] == ["agree", "ceasefire"]


@pytest.mark.parametrize("text", [
    "The US is terminating the 1955 Treaty of Amity with Iran.",
    "Trump tears up the nuclear deal with Iran.",
    "Washington abandons the arms control treaty.",
    # a name of several words is one word of the modifier's reach
    "The United States formally withdraws from the Intermediate-Range Nuclear Forces Treaty with Russia.",
    "Iran announces its withdrawal from the 2015 Joint Comprehensive Plan of Action agreement.",
])
def test_ending_or_leaving_a_treaty_sours(text):
    cues = lexicon_cues(text)
    assert cues and all(c.weight > 0 for c in cues), cues


def test_ceasing_an_act_undoes_its_side():
    (aid,) = lexicon_cues("Trump directs the State Department to cease aid for Honduras.")
    assert aid.term == "aid" and aid.weight > 0
    assert all(c.weight < 0 for c in lexicon_cues("Russia and Ukraine agree to cease all military attacks."))


def test_cutting_an_act_undoes_its_side_but_a_cut_inside_a_cue_governs_nothing():
    (aid,) = lexicon_cues("The World Food Programme cuts food aid to displaced Iraqis.")
    assert aid.term == "aid" and aid.weight > 0
    cues = lexicon_cues("Solomon Islands cut ties with Taiwan and establish relations with China.")
    assert [(c.term, c.weight > 0, c.modifiers) for c in cues] == [("cut ties", True, ()),
                                                                  ("establish relations", False, ())]


def test_a_modifier_reaches_no_further_across_plain_words_than_across_a_name():
    # five plain words between "withdraws from" and the treaty: out of reach, as before
    cues = lexicon_cues("Moscow withdraws from the old and very long standing treaty.")
    assert [c.term for c in cues if c.weight > 0] == []


def test_a_fire_that_breaks_out_is_no_firing():
    cues = lexicon_cues("A truck and a van collide and catch fire on U.S. Route 20 near Yellowstone.")
    assert cues == []


def test_countering_an_invasion_is_not_preventing_one():
    cues = lexicon_cues("Washington sent more air-defence systems to Kyiv to counter Russia's invasion.")
    (invasion,) = [c for c in cues if c.term == "invasion"]
    assert invasion.weight > 0 and invasion.modifiers == ()


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Tuesday that the committee would publish its report.",
        "Paris urged Tehran to comply with the inspectors.",
        "The secretary-general called on both sides to act quickly.",
        "The foreign ministry stated its position in a letter.",
        "The ambassador appealed to the council.",
        "France urged Iran to reconsider.",
    ],
)
def test_statements_and_appeals_without_an_event_get_no_lexicon_cue(text):
    assert lexicon_cues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Navy ships from Greece and Turkey launched search and rescue operations after a migrant boat sank.",
        "Greece launches a search-and-rescue operation with Turkey.",
    ],
)
def test_a_search_and_rescue_is_no_inquiry(text):
    # CAMEO's LAUNCH SEARCH (090, investigate) read a rescue at sea as an inquiry between the two navies
    assert lexicon_cues(text) == []


def test_a_search_of_a_building_is_still_an_inquiry():
    (cue,) = lexicon_cues("Turkey launched a search of the Saudi consulate in Istanbul.")
    assert cue.category == "investigation" and cue.weight > 0


def test_statement_verbs_are_neutral_terms_and_never_cues():
    lexicon = default_lexicon()
    for term in ("said", "stated", "urged", "called on", "appealed"):
        assert term in lexicon.neutral_terms
        assert lexicon_cues(f"Officials {term} reporters") == []


def test_cameo_terms_change_the_lexicon_version():
    with_cameo, without = default_lexicon(), CueLexicon(cameo_path=None)
    assert with_cameo.version != without.version and "cameo-" in with_cameo.version


SAMPLE = """\
####### SYNONYM SETS #######

&ENVOY
+AMBASSADOR
+DIPLOMAT

&CLOSED_
+SHUT

####### VERB PATTERNS #######

---  ATTACK   [190]  ---
SHELL
STRIKE {STRIKES STRUCK STRIKING }
+BLOW_UP {+BLEW_UP +BLOWING_UP }
FIRE  [193]  # a comment
- * (AT +)                                            [193]         # FIRE
- * DEAL                                              [057]         # STRIKE
- $ * + BY SURPRISE                                   [190]         # SHELL

---  EXPEL   [---]  ---
EXPEL
- * &ENVOY                                            [1663]        # EXPEL
- * (FROM ^) HOME                                     [174]         # EXPEL

---  SAY   [010]  ---
SAY {SAID SAYS SAYING}
- * (ON)                                              [010]         # SAY
- * WAR                                               [020]         # SAY

---  URGE   [020]  ---
URGE
- * &ENVOY                                            [111]         # URGE
"""
GOLDSTEIN = {"010": 0.0, "02": 3.0, "020": 3.0, "057": 8.0, "111": -2.0, "166": -7.0, "174": -5.0, "19": -10.0,
             "190": -10.0, "193": -10.0}
ROOTS = {"19": "military_action", "16": "coercion", "17": "coercion", "11": "protest", "057": "agreement"}


def _converted(**kwargs) -> dict[str, tuple[str, float, str, float]]:
    terms, _counts = convert(SAMPLE, GOLDSTEIN, ROOTS, **kwargs)
    return {t.term: (t.code, t.goldstein, t.category, t.weight) for t in terms}


def test_conversion_inflects_verbs_and_weights_them_by_goldstein():
    terms = _converted()
    for form in ("shell", "shells", "shelled", "shelling"):  # regular forms generated
        assert terms[form] == ("190", -10.0, "military_action", 1.0)
    for form in ("strike", "strikes", "struck", "striking"):  # the given irregular forms
        assert terms[form][0] == "190"
    assert "striked" not in terms
    assert terms["blew up"][2] == "military_action" and "blows up" not in terms  # {...} lists every other form
    assert terms["fired"] == ("193", -10.0, "military_action", 1.0)  # a verb's own code beats its block's
    assert terms["struck deal"] == ("057", 8.0, "agreement", 0.8)  # a pattern, the verb it names only
    assert "shelled deal" not in terms
    assert terms["expelled ambassador"] == ("1663", -7.0, "coercion", 0.7)  # synsets expanded, plurals too
    assert terms["expel diplomats"][0] == "1663"
    assert "expel" not in terms and "expelled" not in terms  # a [---] block's verb is no event alone
    assert "expelled home" not in terms  # a skipped slot between words: not contiguous
    assert "shelled by surprise" not in terms  # $ * + ... : the target slot sits between the words


def test_conversion_keeps_statements_and_appeals_neutral():
    terms = _converted()
    for form in ("said", "say", "says", "saying", "urge", "urged", "urging"):
        assert terms[form][2] == NEUTRAL and terms[form][3] == 0.0
    assert "said war" not in terms  # an appeal about something: the something may be a cue
    assert terms["urged diplomats"][2] == "protest"  # a pattern with a conflict code under an appeal verb


def test_conversion_leaves_out_excluded_and_object_needing_verbs():
    terms = _converted(exclude=["fire"], verb_roots=["19"])
    assert "fire" not in terms and "fires" not in terms
    assert terms["fired at"][0] == "193" and "fire at" not in terms  # "a fire at" is a noun
    assert "shelled" in terms and terms["said"][2] == NEUTRAL


def test_regular_forms():
    assert regular_forms("ban") == ["ban", "bans", "banned", "banning"]
    assert set(regular_forms("expel")) >= {"expels", "expelled", "expelling"}
    assert set(regular_forms("seize")) == {"seize", "seizes", "seized", "seizing"}
    assert set(regular_forms("mobilize")) >= {"mobilised", "mobilized", "mobilising"}
    assert set(regular_forms("call off")) == {"call off", "calls off", "called off", "calling off"}


def _lexicon(tmp_path: Path, yaml_text: str, rows: list[tuple[str, str, float, str, float]]) -> CueLexicon:
    from analysis.petrarch_verbs import CameoTerm

    (tmp_path / "cues.yaml").write_text(yaml_text, encoding="utf-8")
    write_terms([CameoTerm(*r) for r in rows], tmp_path / "cues_cameo.tsv", ["test"])
    return CueLexicon(tmp_path / "cues.yaml", tmp_path / "cues_cameo.tsv")


YAML = """
version: 9
categories:
  coercion: {side: conflict, weight: 0.6, terms: [seiz*, sanction*]}
  military_action: {side: conflict, weight: 0.95, terms: [attack*]}
  agreement: {side: cooperation, weight: 0.5, terms: [agree*]}
neutral: [urged]
"""


def test_hand_curated_terms_win_over_cameo_terms(tmp_path):
    lexicon = _lexicon(tmp_path, YAML, [
        ("seized", "1711", -9.2, "military_action", 0.92),  # cues.yaml's seiz* says what "seized" is
        ("urged", "020", 3.0, "agreement", 0.3),  # a hand-written neutral word stays neutral
        ("shelled", "194", -10.0, "military_action", 1.0),
        ("struck deal", "057", 8.0, "agreement", 0.8),
        ("expel ambassador", "166", -7.0, "coercion", 0.7),
        ("said", "010", 0.0, NEUTRAL, 0.0),
    ])
    (seized,) = lexicon_cues("Iran seized a tanker.", lexicon)
    assert (seized.category, seized.weight) == ("coercion", 0.6)
    assert lexicon_cues("France urged calm.", lexicon) == []
    (shelled,) = lexicon_cues("Troops shelled the town.", lexicon)
    assert (shelled.category, shelled.weight) == ("military_action", 1.0)
    (deal,) = lexicon_cues("They struck a deal.", lexicon)  # an article in the text is skipped
    assert (deal.term, deal.weight) == ("struck a deal", -0.8)
    (expel,) = lexicon_cues("Poland will expel the ambassador.", lexicon)
    assert expel.term == "expel the ambassador" and expel.source == "lexicon"
    assert lexicon_cues("Poland will expel nobody.", lexicon) == []  # a phrase's first word alone is no cue
    assert {"said", "urged"} <= lexicon.neutral_terms
    assert lexicon.version.startswith("cues-v9+cameo-")


def test_a_cameo_category_missing_from_cues_yaml_is_named(tmp_path):
    with pytest.raises(ValueError, match="cues_cameo.tsv.*'threat'"):
        _lexicon(tmp_path, YAML, [("warned", "130", -4.4, "threat", 0.44)])


def test_shipped_cameo_file_is_consistent_with_cues_yaml():
    text = CAMEO_PATH.read_text(encoding="utf-8")
    assert "MIT" in text[:2000] and "Open Event Data Alliance" in text[:2000]
    assert "scripts/import_cameo_verbs.py" in text[:2000]
    lexicon = default_lexicon()
    terms = read_terms(CAMEO_PATH)
    assert len(terms) > 1000
    for term in terms:
        if term.category == NEUTRAL:
            assert term.code[:2] in ("01", "02") or term.goldstein == 0
            continue
        assert term.weight == pytest.approx(abs(term.goldstein) / 10, abs=1e-3)
        side = lexicon.categories[term.category].side
        assert (side == "conflict") == (term.goldstein < 0), term


def test_shipped_cameo_file_was_rebuilt_after_cues_yaml_last_took_a_word():
    # A term cues.yaml has come to say (it took "block" after the file was built) leaves the file
    # only when the script runs again: `python scripts/import_cameo_verbs.py`.
    from analysis.tension import LEXICON_PATH
    from scripts.import_cameo_verbs import said_by_hand

    terms = read_terms(CAMEO_PATH)
    kept, dropped = said_by_hand(terms, LEXICON_PATH)
    assert dropped == 0, sorted(t.term for t in set(terms) - set(kept))[:10]


_TERMS = sorted(t.term for t in read_terms(CAMEO_PATH) if t.category != NEUTRAL)[::50] + [
    "attack", "peace", "ceasefire", "sanctions", "said", "not", "avoid", "could", "the", "and", "talks"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TERMS), min_size=1, max_size=12), st.sampled_from([" ", ", ", " the ", "-"]))
def test_no_span_is_both_a_conflict_and_a_cooperation_cue(pieces, glue):
    text = glue.join(pieces)
    cues = lexicon_cues(text)
    for i, a in enumerate(cues):
        assert text[a.start:a.end] == a.term
        for b in cues[i + 1:]:
            overlap = a.start < b.end and b.start < a.end
            assert not overlap, (a, b)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hamas releases three Israeli hostages.", "releases three Israeli hostages"),
        ("Israel freed 90 Palestinian prisoners on Sunday.", "freed 90 Palestinian prisoners"),
        ("The junta released 12 detainees held since May.", "released 12 detainees"),
        ("Israeli-American hostage Edan Alexander is released by Hamas.", "hostage Edan Alexander is released"),
        ("Three more Israeli hostages are freed by Hamas.", "hostages are freed"),
    ],
)
def test_release_with_gap_words_is_one_de_escalation_cue(text, span):
    # (the passive, captive first, below)
    cues = lexicon_cues(text)
    assert [(c.term, c.category) for c in cues] == [(span, "de_escalation")]
    assert all(c.weight < 0 for c in cues)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a meeting to address an act meets because the act happened: no prevention
        ("The Security Council will address the Turkish incursion into Syria.", "incursion"),
        # what is adopted says the side
        ("The European Council adopts a 17th sanctions package against Russia.", "sanctions"),
    ],
)
def test_an_act_addressed_or_adopted_keeps_its_conflict(text, act):
    cues = lexicon_cues(text)
    assert [c.term for c in cues if c.weight > 0] == [act] and all(c.weight > 0 for c in cues), cues


def test_a_persons_partner_is_no_partnership():
    assert lexicon_cues("Blais and her partner are found alive in Mali.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Palestinians in the Gaza Strip launch two rockets at Israel.", "launch two rockets"),
        ("Russia launches over 100 drones at Ukraine.", "launches over 100 drones"),
        ("Hezbollah fires dozens of Katyusha rockets at northern Israel.", "fires dozens of Katyusha rockets"),
    ],
)
def test_munitions_launched_with_a_count_between_are_one_military_cue(text, span):
    # "launches" and "fires" are no cues alone: the phrase's own category stands for the span
    assert [(c.term, c.category) for c in lexicon_cues(text)] == [(span, "military_action")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ukraine receives the first shipment of Mirage 2000 fighter jets from France.",
         "shipment of Mirage 2000 fighter jets"),
        ("Russia considers supplying S-300 missile systems to Syria.", "supplying S-300 missile"),
        ("The United States and Germany agree to send five Patriot missile defense systems to Ukraine.",
         "send five Patriot missile"),
    ],
)
def test_arms_handed_over_are_military_aid_not_escalation(text, span):
    cues = [c for c in lexicon_cues(text) if c.term == span]
    assert cues and cues[0].category == "cooperation"
    assert not any(c.weight > 0 for c in lexicon_cues(text)), lexicon_cues(text)


def test_arms_named_by_their_supplier_or_sent_across_a_border_are_no_aid():
    # a head closing a compound adjective is no act; "send" takes no helicopters (a deployment)
    assert [c.term for c in lexicon_cues("Ukraine used the American-supplied missiles.")] == ["missiles"]
    assert all(c.category != "cooperation" for c in lexicon_cues(
        "Venezuela sends two attack helicopters across the border."))


def test_cooperation_named_after_despite_is_what_the_act_breaks():
    cues = lexicon_cues("Cambodian and Thai forces exchange fire across the border despite a ceasefire agreement.")
    assert [(c.term, c.weight) for c in cues if c.weight] == [("exchange fire", 1.0)]
    # a conflict after "despite" is there and stays
    opposed = lexicon_cues("Trump signs the Hong Kong Human Rights and Democracy Act into law despite strong "
                           "opposition from China.")
    assert [c.term for c in opposed] == ["opposition from"] and opposed[0].weight > 0


def test_a_trade_war_halted_is_no_embargo():
    # the war halted eases; "halt their trade" is not an embargo's phrase
    cues = lexicon_cues("The United States and the European Union agree to halt their trade war.")
    assert [c.term for c in cues] == ["agree", "trade war"] and all(c.weight < 0 for c in cues), cues


def test_refraining_from_force_prevents_it():
    (force,) = lexicon_cues("Venezuela and Guyana agreed to refrain from the use of force.")[1:]
    assert force.weight < 0 and force.modifiers == ("prevention:refrain from",)


def test_a_deal_not_complied_with_is_refused():
    (deal,) = lexicon_cues("Iran failed to comply with the nuclear deal.")
    assert deal.weight > 0 and deal.modifiers == ("refusal:failed to comply with",)


def test_a_capitalised_modifier_inside_a_sentence_is_a_names():
    # "May" the prime minister (or the month), "Without" of Doctors Without Borders, "Stop" of Just Stop Oil
    (meets,) = lexicon_cues("British Prime Minister Theresa May meets with Donald Trump.")
    assert meets.modifiers == () and meets.weight == -0.2
    (alleges,) = lexicon_cues("Doctors Without Borders alleges that the agency is rationing vaccines.")
    assert alleges.weight > 0
    # at the sentence's start it is still the word
    assert lexicon_cues("Stop the war, the United States tells Russia.")[0].modifiers == ("prevention:Stop",)


def test_a_delayed_act_is_prevented_but_a_long_delayed_one_is_not():
    (release,) = lexicon_cues("Netanyahu orders the delay of the release of 620 Palestinian prisoners.")
    assert release.weight > 0 and release.modifiers == ("prevention:delay of",)
    # closing a compound adjective, a modifier governs nothing
    assert all(c.weight < 0 for c in lexicon_cues("Cyprus and Lebanon sign a long-delayed boundary agreement."))


def test_legislation_signed_into_law_is_no_agreement_however_long_its_name():
    # a gap phrase that is `ignore`: the head "signs" counts nothing, nor anything inside the span
    assert lexicon_cues("The President signs the Protecting Americans from Foreign Adversary Act into law.") == []


def test_an_armys_advance_named_as_a_noun_is_military():
    cues = lexicon_cues("Residents leave Pokrovsk due to the advancement of the Russian Armed Forces.")
    assert [(c.term, c.category) for c in cues] == [("advancement of the Russian Armed Forces", "military_action")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The U.S. military says it has struck an IRGC Navy drone carrier.", "struck an IRGC Navy drone carrier"),
        ("Ukrainian forces in Kursk Oblast are entirely surrounded.", "forces in Kursk Oblast are entirely surrounded"),
        ("Pakistan responded to unprovoked and indiscriminate firing from India.", "indiscriminate firing"),
        ("Iraq said its warplanes hit a large naval target off the Iranian coast.", "hit a large naval target"),
        ("Saudi-led coalition warplanes pounded Houthi positions in Yemen.", "pounded"),
        ("Ukraine says it sank the Russian flagship Moskva.", "sank the Russian flagship"),
        ("The army foiled an infiltration attempt from Pakistan.", "infiltration"),
    ],
)
def test_targets_struck_troops_surrounded_and_firing_are_military(text, span):
    assert [(c.term, c.category) for c in lexicon_cues(text)] == [(span, "military_action")]


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("Beijing sent 27 warplanes into Taiwan's air defence identification zone.",
         "warplanes into Taiwan's air defence identification zone", "escalation"),
        ("Chinese coast guard ships entered Japanese waters near the Senkaku Islands.", "entered Japanese waters",
         "escalation"),
        ("India and China disengaged troops from Pangong Lake.", "disengaged", "de_escalation"),
        ("Armenian and Azerbaijani forces traded accusations.", "traded accusations", "protest"),
        ("Russia and Ukraine swapped 200 prisoners.", "swapped 200 prisoners", "de_escalation"),
        ("China and Japan resumed direct flights.", "resumed direct flights", "de_escalation"),
        ("India extended a credit line to Sri Lanka.", "credit line", "cooperation"),
        ("China holds high-level exchanges with Japan.", "high-level exchanges", "consultation"),
        ("Ecuador orders the Mexican ambassador to leave the country.", "orders the Mexican ambassador to leave",
         "coercion"),
        ("China suspended imports of Japanese seafood.", "suspended imports", "coercion"),
        ("Hezbollah fired anti-tank missiles at Israeli positions.", "fired anti-tank missiles at", "military_action"),
        ("Israel froze tax revenues owed to the Palestinian Authority.", "froze tax revenues", "coercion"),
        ("Pakistan closed its airspace to Indian flights.", "closed its airspace", "coercion"),
        ("The IAEA board censured Iran.", "censured", "protest"),
        ("NATO jets intercepted two Russian planes near Alaska.", "intercepted", "escalation"),
        ("Montenegro officially joins NATO.", "joins NATO", "alliance"),
        ("Chinese coast guard fired water cannon at a Philippine supply boat.", "water cannon", "coercion"),
        ("The United States approves an arms sale to Taiwan.", "arms sale", "cooperation"),
        ("Turkey halts all trade with Israel.", "halts all trade with", "coercion"),
        ("Chinese coast guard vessels sailed through waters near the islands.", "sailed through waters", "escalation"),
    ],
)
def test_shows_of_force_and_their_undoing_in_asian_news(text, span, category):
    assert (span, category) in [(c.term, c.category) for c in lexicon_cues(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump orders U.S. troops to leave northern Syria.",  # one's own people ordered out
        "Zelensky fires army chief over drones.",  # a dismissal
        "Russian exports hit targets set by the Kremlin.",  # an economy's targets
        "Jordanian troops delivered aid to civilians, who are surrounded.",  # no troops' predicate
    ],
)
def test_gap_phrases_keep_to_their_sense(text):
    assert not any(c.category in ("coercion", "military_action") and " " in c.term for c in lexicon_cues(text))


def test_a_video_of_hostages_released_is_no_release():
    cues = lexicon_cues("A video of two Israeli hostages is released by Hamas.")
    assert all(c.category != "de_escalation" or " " not in c.term for c in cues), cues


def test_an_ignored_gap_phrase_drops_its_head_alone():
    # "signs … into law" is no agreement; the sanctions the bill imposes still count
    cues = lexicon_cues("Trump signs a bill imposing new sanctions on Russia into law.")
    assert [c.category for c in cues if c.weight > 0] and all(c.category != "agreement" for c in cues), cues


def test_concession_spares_cooperation_that_no_act_breaks():
    (aid,) = lexicon_cues("Despite military aid, Ukraine lost the town.")
    assert aid.weight < 0 and aid.modifiers == ()


def test_an_i_with_a_dot_keeps_gap_phrase_offsets():
    # "İ" lowers to two characters; the phrases' offsets stay the text's
    plain = lexicon_cues("Istanbul: Russia launched two rockets at Ukraine.")
    dotted = lexicon_cues("İstanbul: Russia launched two rockets at Ukraine.")
    assert [(c.term, c.start, c.end) for c in dotted] == [(c.term, c.start, c.end) for c in plain] != []


def test_a_dotted_capital_i_is_scanned_without_compiling_every_term():
    # re.IGNORECASE reads "İ" as "i": the scan of the text with it so finds the spans the regex of every
    # term finds, and that regex (about a second to compile for the cues) is not built for one Turkish name.
    # The regex's hits had no label when they held the "İ" (their lower case, "i̇…", names no term).
    matcher = TermMatcher({"istanbul talks": "talks", "attack*": "attack", "iran": "iran"})
    text = "İstanbul talks: İRAN attacks, İran said."
    hits = matcher.matches(text)
    assert "_regex" not in vars(matcher)
    assert [(s, e) for s, e, *_ in hits] == [m.span() for m in matcher._regex.finditer(text)]
    assert [(text[s:e], label) for s, e, label, _ in hits] == [
        ("İstanbul talks", "talks"), ("İRAN", "iran"), ("attacks", "attack"), ("İran", "iran")]


def test_a_dash_is_no_hyphen_of_a_compound():
    assert lexicon_cues("Israel struck Gaza—despite a ceasefire.")[-1].weight == 0.0
    assert lexicon_cues("Russia said it would—never—attack Finland.")[0].weight < 0


def test_struck_a_deal_and_a_crowd_surrounded_are_no_attack():
    assert all(c.category != "military_action" for c in lexicon_cues("They struck a deal; a crowd surrounded him."))
    assert lexicon_cues("Shares in Tokyo sank; the pound fell to 1.20 dollars.") == []


def test_a_gap_phrase_head_that_is_no_cue_counts_nothing_alone():
    assert lexicon_cues("India launches a campaign for clean rivers.") == []
    assert lexicon_cues("Ukraine launches the Vega C rocket.") == []  # a satellite's: plurals only
    # a cue that starts on the head is that cue ("drone attack"), the head no phrase of its own
    assert [c.term for c in lexicon_cues("Russia launches a massive drone attack on Ukraine.")] == ["drone attack"]


def test_gap_phrase_stops_at_a_clause_break_and_after_its_window():
    assert any(c.weight > 0 and c.term == "hostages" for c in lexicon_cues("Hamas took hostages, then released a statement."))
    far = lexicon_cues("Hamas released on Sunday after long and difficult talks in Cairo the hostages.")
    assert any(c.term == "hostages" and c.weight > 0 for c in far)


def test_easing_a_state_of_relations_counts_for_neither_side():
    cues = {c.term: c for c in lexicon_cues("Both leaders discussed ways to ease diplomatic friction with China.")}
    assert cues["friction"].weight == 0 and cues["friction"].modifiers == ("prevention:ease",)
    # An act under prevention still flips: no escalation happens.
    act = {c.term: c for c in lexicon_cues("She urged him to avoid escalating tensions with China.")}
    assert act["escalating"].weight < 0 < act["tensions"].weight


def test_a_wildcard_inside_a_phrase_is_tried_where_an_exact_word_or_a_longer_stem_would_end_the_match():
    matcher = TermMatcher({"recalled": "head", "release*": "act", "recall* its ambassador": "recall",
                           "releas* a statement": None})
    assert [(h[2], h[3]) for h in matcher.matches("recalled its ambassador")] == [("recall", "recall* its ambassador")]
    assert [h[2] for h in matcher.matches("recalled it")] == ["head"]
    assert [(h[2], h[3]) for h in matcher.matches("released a statement")] == [(None, "releas* a statement")]
    assert [h[2] for h in matcher.matches("released prisoners")] == ["act"]


@pytest.mark.parametrize("ending", ["ed", "s"])
def test_every_phrase_of_the_lexicon_matches_its_inflected_words_as_itself(ending):
    doc = yaml.safe_load((ROOT / "analysis" / "data" / "cues.yaml").read_text(encoding="utf-8"))
    lexicon = default_lexicon()
    terms = [(str(t), lexicon.categories[name]) for name, spec in doc["categories"].items() for t in spec["terms"]]
    terms += [(str(t), None) for t in doc["ignore"]]
    missed = []
    for term, label in terms:
        if " " not in term or "*" not in term:
            continue
        text = " ".join(w[:-1] + ending if w.endswith("*") else w for w in term.lower().split())
        hits = lexicon.cues.matches(text, text)
        if not hits or hits[0][:3] != (0, len(text), label):
            missed.append((term, text, hits[:1]))
    assert missed == []


def test_inflected_news_phrases_are_cues():
    assert [(c.term, c.category) for c in lexicon_cues("Russia recalled its ambassador from Ukraine.")] == [
        ("recalled its ambassador", "coercion")]
    assert [c.category for c in lexicon_cues("China expressed concern over Japan.")] == ["protest"]
    assert [c.category for c in lexicon_cues("Japan strengthened ties with India.")] == ["alliance"]
    assert lexicon_cues("Iran released a statement on Israel.") == []


def test_a_statement_taken_back_is_no_protest():
    # "retract*" was a protest cue: Japan retracting the remarks that provoked China read as conflict.
    cues = lexicon_cues("Japan retracts the statements that angered China.")
    assert [c.term for c in cues] == ["angered"]


@pytest.mark.parametrize("text", [
    "Efforts to fight terrorism continue in the region.",
    "Japan issues a tsunami warning after an earthquake off Russia.",
    "The United States issues a travel warning for Israel and the West Bank.",
    "She is charged by Canadian and American prosecutors with fraud.",
])
def test_weather_and_travel_warnings_and_prosecutors_are_no_cues(text):
    assert lexicon_cues(text) == [], [(c.term, c.weight) for c in lexicon_cues(text)]


def test_warning_shots_stay_a_threat():
    (cue,) = lexicon_cues("Greek soldiers fire warning shots at a Turkish helicopter.")
    assert cue.weight > 0


def test_what_a_refusal_refuses_runs_on_to_the_clauses_end():
    text = ("Arafat rejected a US offer to host a summit to hammer out a framework agreement for peace, "
            "and welcomed talks.")
    weights = {c.term: c.weight for c in lexicon_cues(text)}
    assert weights["offer"] > 0  # the refused act turns to conflict
    assert weights["host"] == weights["summit"] == weights["agreement"] == weights["peace"] == 0
    assert weights["talks"] < 0  # after the comma and "and": an act of its own


@pytest.mark.parametrize("text", [
    "Israel is opposed to French mediation in peace negotiations with Syria.",
    "The leaders of Armenia and Azerbaijan reject proposals of peace talks.",
    "Russia vetoed the ceasefire resolution on Syria.",
    "Turkey has refused to commit to any direct assistance to the US-led war.",
    "Micronesia declines to host the annual joint exercise with the U.S. Air Force.",
    "Israel says Hamas breached the ceasefire agreement.",
    "Russia accuses Ukraine of violating the truce.",
])
def test_refused_cooperation_sums_to_conflict(text):
    assert sum(c.weight for c in lexicon_cues(text)) > 0, [(c.term, c.weight) for c in lexicon_cues(text)]


def test_a_leader_and_its_allies_are_one_side_not_an_alliance_with_the_target():
    assert [c.term for c in lexicon_cues("Washington and its allies condemned Russia.")] == ["condemned"]
    (ally,) = lexicon_cues("Mattis repeats the commitment to defend its ally South Korea.")[-1:]
    assert ally.term == "ally" and ally.weight < 0  # an ally named is the alliance itself


def test_a_demanded_act_counts_half_and_the_demand_stays():
    cues = {c.term: c for c in lexicon_cues("Iraqi lawmakers demand the withdrawal of U.S. forces.")}
    assert cues["demand"].weight > 0 and cues["withdrawal"].modifiers == ("demand:demand",)
    assert sum(c.weight for c in cues.values()) > 0


def test_an_armed_group_named_is_a_weak_cue_of_its_own_not_an_act_of_war():
    (rebels,) = lexicon_cues("Uganda has granted political asylum to 18 Rwandan rebels.")[-1:]
    assert rebels.category == "armed_group" and 0 < rebels.weight < 0.5
    cues = {c.term: c for c in lexicon_cues("Houthi rebels attacked a Saudi oil facility.")}
    assert cues["attacked"].category == "military_action"


def test_a_presidential_memorandum_signed_is_no_agreement():
    cues = lexicon_cues("Trump signs a presidential memorandum reimposing maximum pressure on Iran.")
    assert [c.category for c in cues] == ["coercion", "coercion"]


def test_the_object_of_a_sanction_is_no_cooperation():
    weights = {c.term: c.weight for c in
               lexicon_cues("Trump announces 50% tariffs on all goods imported from European Union countries.")}
    assert weights["tariffs"] > 0 and weights["imported from"] == 0
    # no preposition between: the relief is what it says; lifted, the sanction lets its object happen
    assert [c.weight < 0 for c in lexicon_cues("Iran seeks sanctions relief.")] == [False, True]
    lifted = {c.term: c.weight for c in lexicon_cues("Germany will lift its restrictions on arms exports to Israel.")}
    assert lifted["restrictions"] < 0 and lifted.get("exports to", -1) < 0


def test_a_war_named_as_a_date_is_no_act():
    cues = lexicon_cues("Russia and Ukraine begin the largest prisoner exchange since the war began.")
    assert [c.term for c in cues] == ["prisoner exchange"]


def test_a_sanctions_object_may_stand_a_few_words_further():
    weights = {c.term: c.weight for c in lexicon_cues(
        "China announces 25% tariffs on an additional US$16 billion worth of imports from the United States.")}
    assert weights["tariffs"] > 0 and weights["imports from"] == 0


def test_failing_to_is_a_negation():
    (cue,) = [c for c in lexicon_cues("The court fines Germany for failing to implement the law.") if c.term == "implement"]
    assert cue.modifiers == ("negation:failing to",)


def test_a_refusal_runs_on_past_a_list_of_names():
    weights = {c.term: c.weight for c in lexicon_cues(
        "Israel rejects proposals from the United States, Australia, and the European Union to initiate a "
        "temporary ceasefire with Hezbollah.")}
    assert weights["proposals"] > 0 and weights["ceasefire"] == 0


@pytest.mark.parametrize("text, term, sign", [
    ("Sweden announced that development aid to Mali would be suspended.", "aid", 1),
    ("Talks between Russia and Ukraine were suspended.", "Talks", 1),
    ("Trade talks between China and the United States collapsed.", "talks", 1),
    ("The ceasefire between Israel and Hamas expired.", "ceasefire", 1),
    ("The United Nations arms embargo on Iran formally expires.", "embargo", -1),
    ("Fighting between Armenia and Azerbaijan subsided.", "Fighting", -1),
    # refused after it is named (CAMEO 12 REJECT)
    ("Zelensky says talks with Russia are out of the question.", "talks", 1),
    ("Israel says a ceasefire with Hamas is off the table.", "ceasefire", 1),
    ("Military action against Iran is off the table, the United States says.", "Military action", -1),
])
def test_an_act_named_before_its_undoing_is_undone(text, term, sign):
    (cue,) = [c for c in lexicon_cues(text) if c.term == term]
    assert cue.weight * sign > 0 and cue.modifiers[0].startswith("undoing:"), cue


@pytest.mark.parametrize("text, term", [
    # a noun, an adjective, an infinitive: no act undone
    ("The United States launches airstrikes on ISIL targets in Syria following the collapse of the regime.",
     "airstrikes"),
    ("The council agrees to implement a stalled peace deal.", "deal"),
    ("The first phase of the ceasefire is scheduled to expire today.", "ceasefire"),
    # a relative clause tells its noun's past; what the subject is about is not the subject
    ("The administration announces the reimposition of all sanctions on Iran that were lifted under the deal.",
     "sanctions"),
    ("The prosecutor announces that an inquiry into British war crimes in Iraq has been abandoned.", "war"),
    ("Israel withdraws troops from Lebanon as the deadline for their withdrawal expires.", "withdrawal"),
])
def test_an_undoing_word_undoes_only_the_subject_it_has(text, term):
    (cue,) = [c for c in lexicon_cues(text) if c.term == term]
    assert not any(m.startswith("undoing:") for m in cue.modifiers), cue


def test_a_denied_violation_neither_refuses_nor_makes_the_deal():
    cues = {c.term: c for c in lexicon_cues("Iran says the test did not violate the 2015 nuclear deal.")}
    assert cues["violate"].weight < 0 and cues["deal"].weight == 0
    assert cues["deal"].modifiers == ("denied:violate",)
    violated = {c.term: c.weight for c in lexicon_cues("Iran violated the 2015 nuclear deal.")}
    assert violated["deal"] > 0  # the violation itself still refuses


@pytest.mark.parametrize("text", [
    "Three firefighters are killed after wildfires sweep across South Korea.",
    "Opposition leader Juan Guaidó meets Vice President Mike Pence.",
    "Guatemala confirms its first case of COVID-19, a Guatemalan who returned from Italy.",
    "100,000 people face starvation in Unity State, South Sudan.",
    "The two armies stand on opposite sides of the river.",
])
def test_words_that_only_look_like_cues(text):
    terms = [c.term.lower() for c in lexicon_cues(text)]
    assert not {"firefighters", "opposition", "returned from", "unity", "opposite"} & set(terms), terms


def test_opposition_to_something_is_still_a_protest():
    for text in ("China voices opposition to the Indian move.",
                 "Morocco rejoins the African Union despite opposition from several member states.",
                 "Rebels and troops exchange fire in a firefight."):
        assert sum(c.weight for c in lexicon_cues(text)) > 0, text


def test_humanitarian_aid_is_one_act_and_a_humanitarian_crisis_no_aid():
    assert [(c.term, c.category) for c in lexicon_cues("The EU sends humanitarian aid to Gaza.")] == [
        ("humanitarian aid", "cooperation")]
    assert sum(c.weight for c in lexicon_cues("The UN warns of a humanitarian crisis in Sudan.")) > 0
    for text in ("Israel orders evacuations in the Al-Mawasi humanitarian zone.",
                 "The United Nations humanitarian coordinator for Libya arrives in Tripoli.",
                 "Lithuania admits Belarusians on humanitarian grounds."):
        assert lexicon_cues(text) == [], text


@pytest.mark.parametrize("text, term", [
    ("India declined to condemn Russia.", "condemn"),
    ("Turkey refused to join sanctions against Russia.", "sanctions"),
    ("Burkina Faso and Swaziland refuse to break relations with Taiwan.", "break relations"),
])
def test_a_conflict_act_refused_is_not_done(text, term):
    cues = lexicon_cues(text)
    assert [c.term for c in cues] == [term] and cues[0].weight < 0, cues  # the refusal speaks through it


def test_a_refusal_reaches_only_the_verb_it_refuses():
    cues = {c.term: c.weight for c in lexicon_cues("Indonesia refuses to repatriate fighters captured in Syria.")}
    assert cues["refuses"] > 0 and cues["captured"] > 0
    assert sum(c.weight for c in lexicon_cues("Israel refused to withdraw its troops from Lebanon.")) > 0


@pytest.mark.parametrize("text, sign", [
    ("A drone launched from Lebanon damages a building in Herzliya, Israel.", 1),
    ("Israel will continue to take action against Iran in Syria.", 1),
    ("China is moving troops to the border with Hong Kong.", 1),
    ("The United States will reduce their troop presence in Iraq.", -1),
])
def test_news_acts_with_no_cue_before_v56(text, sign):
    assert sum(c.weight for c in lexicon_cues(text)) * sign > 0, lexicon_cues(text)


def test_a_ship_named_by_its_role_is_no_act():
    assert lexicon_cues("A Mexican Navy training ship collides with the Brooklyn Bridge.") == []
    assert [c.category for c in lexicon_cues("Troops board amphibious assault ships.")] == []


def test_warmth_is_between_actors_not_in_the_weather_or_a_name():
    assert [c.term for c in lexicon_cues("Trump received a very warm letter from Kim Jong-un.")] == ["very warm"]
    for text in ("Global warming is accelerating.", "Otto Warmbier dies in Ohio.", "He is warmongering."):
        assert all(c.category != "alliance" for c in lexicon_cues(text)), text


@pytest.mark.parametrize("text", [
    "Denis Cheryshev scores twice.", "Warner Bros announces a film.", "Thanksgiving dinner at the White House.",
    "Avengers: Endgame breaks records.", "Royal Dutch Shell announces profits.", "A Bombardier jet lands.",
    "A migrant hostel in Moscow.", "Assistant Secretary of State.", "Trump supporters gather in Ohio.",
    "Foreign visitors arrive in Bali.", "A Protestant church in Belfast.", "A new strain of the coronavirus.",
    "He swore allegiance to the group.", "Hackers compromised a server.",
    "North Korea demonstrates its capability.",
])
def test_words_a_cue_stem_begins_are_no_cues(text):
    assert [c.term for c in lexicon_cues(text) if c.term != "Hackers"] == [], text  # hacking stays coercion


def test_narrowed_stems_still_find_their_acts():
    for text in ("Russian forces shelled Kharkiv.", "Artillery shells hit the town.",
                 "Thousands demonstrate against the government.", "Russia warns Finland.", "He thanks Japan."):
        assert lexicon_cues(text), text


@pytest.mark.parametrize("text", [
    "The migrant rescue ship will be permitted to dock in Malta.", "The ship was headed to the port of Paradeep.",
    "The ruling is a major blow to the government.", "Parliament is dominated by the ruling party.",
    "An overwhelming majority of voters turn out.",
])
def test_travel_port_calls_and_setbacks_are_no_acts(text):
    assert lexicon_cues(text) == [], text


def test_a_leaders_flight_is_a_visit():
    (cue,) = lexicon_cues("Defence Minister Sergey Shoygu flies to Minsk.")
    assert cue.category == "consultation"


def test_a_party_or_government_named_for_unity_is_no_alliance():
    for text in ("United Russia wins the election.", "The ruling United Socialist Party meets.",
                 "The rebel Revolutionary United Front announced it will return weapons."):
        assert all(c.category != "alliance" for c in lexicon_cues(text)), text
    assert [c.category for c in lexicon_cues("Fatah and Hamas form a unity government.")] == ["alliance"]


def test_a_video_released_and_an_accord_no_longer_in_force():
    assert [c.term for c in lexicon_cues("Hamas releases a sign-of-life propaganda video showing a hostage.")] == [
        "hostage"]
    (accord,) = lexicon_cues("Pompeo declares the 2015 nuclear accord with Iran as no longer in force.")
    assert accord.weight > 0 and accord.modifiers == ("undoing:no longer in force",)


def test_legislation_signed_at_home_is_no_agreement():
    assert lexicon_cues("Trump signs legislation on Hong Kong.") == []


@pytest.mark.parametrize("text, term", [
    ("Russia launches strikes on Ukraine amid stalled peace talks.", "strikes on"),  # an adjective
    ("Israeli airstrikes killed 20 people in Gaza as buildings collapsed.", "killed"),  # another subject
    ("Israel strikes Iran as oil prices ease.", "strikes"),
    ("The deal between Russia and Ukraine did not collapse.", "deal"),  # denied
    ("Flights suspended since 2020 resume.", "Flights"),  # a participle without "be" is no passive
])
def test_an_undoing_word_needs_the_act_as_its_own_subject(text, term):
    assert not any(m.startswith("undoing:") for c in lexicon_cues(text) for m in c.modifiers), text


def test_an_undoing_word_inside_a_cue_is_the_cues():
    assert [(c.term, c.weight < 0) for c in lexicon_cues("Talks ease tensions between India and Pakistan.")] == [
        ("Talks", True), ("ease tensions", True)]


def test_a_passive_prevention_takes_no_object():
    cues = {c.term: c for c in lexicon_cues(
        "Sweden announced that development aid to Mali would be suspended over Mali's support for Russia.")}
    assert cues["aid"].weight > 0 and cues["support"].weight < 0  # Mali's support for Russia stays support
    terminated = lexicon_cues("The US is terminating the 1955 Treaty of Amity with Iran.")
    assert sum(c.weight for c in terminated) > 0  # a progressive is no passive


def test_two_names_and_a_comma_and_are_no_list():
    weights = {c.term: c.weight for c in lexicon_cues(
        "Israel rejects the offer from Egypt, and Hamas agrees to a ceasefire.")}
    assert weights["agrees"] < 0 and weights["ceasefire"] < 0


def test_not_only_is_no_denial():
    weights = {c.term: c.weight for c in lexicon_cues("Israel not only rejected the ceasefire but attacked Gaza.")}
    assert weights["ceasefire"] > 0


@pytest.mark.parametrize("text", [
    "Former Syrian Vice President Abdul Halim Khaddam dies of a heart attack in Paris, France.",
    "The Pacific Tsunami Warning Center raises a tsunami alert for the Philippines and Indonesia.",
])
def test_an_illness_and_a_weather_alert_are_no_acts(text):
    assert lexicon_cues(text) == [], text


def test_a_bare_yaml_truth_value_among_the_terms_is_named(tmp_path):
    # YAML 1.1 reads a bare no as false: the negation "no" was the word "False" for eighty versions
    text = YAML + "modifiers:\n  negation:\n    factor: -0.5\n    terms: [not, no, never]\n"
    with pytest.raises(ValueError, match=r"cues\.yaml: modifiers\.negation\.terms\[1\] is False"):
        _lexicon(tmp_path, text, [])


@pytest.mark.parametrize("text, term, weight", [
    ("No casualties are reported.", "casualties", 0.0),  # an absent conflict is no act
    ("U.S. officials later confirm no Iranian missiles hit the base.", "missiles hit", 0.0),  # (cues v139: one term)
    ("The administration has no plans of attacking the Venezuelan government.", "attacking", 0.0),
    # talks that failed: an absent cooperation is a negated one
    ("The White House says no deal has been reached with North Korea.", "deal", 0.25),
    ("Peace talks in Istanbul collapse and achieve no clear agreement.", "agreement", 0.25),
])
def test_no_before_a_cue_says_it_is_absent(text, term, weight):
    (cue,) = [c for c in lexicon_cues(text) if c.term == term]
    assert cue.weight == pytest.approx(weight) and cue.modifiers[0].startswith("absence:")


@pytest.mark.parametrize("text, term, weight, modifier", [
    # an act ruled out is absent: a conflict counts nothing, a cooperation as a negated one
    ("Japan rules out sanctions on China.", "sanctions", 0.0, "absence:rules out"),
    ("Police rule out terrorism as the cause of the blast.", "terrorism", 0.0, "absence:rule out"),
    ("The United Kingdom rules out extending trade talks with the EU.", "talks", 0.1, "absence:rules out"),
    # held open, it is a possibility (a hedge), not an act called off
    ("Trudeau does not rule out closing the borders with the United States.", "closing the borders", 0.3,
     "hedge:not rule out"),
    ("Trump refuses to rule out the annexation of Greenland.", "annexation", 0.475, "hedge:refuses to rule out"),
    ("Trump hasn't ruled out military strikes on Iran.", "military strikes", 0.475, "hedge:hasn't ruled out"),
    ("Israel has never ruled out a strike on Iran.", "strike on", 0.475, "hedge:never ruled out"),
])
def test_an_act_ruled_out_is_absent_and_one_not_ruled_out_is_possible(text, term, weight, modifier):
    (cue,) = [c for c in lexicon_cues(text) if c.term == term]
    assert cue.weight == pytest.approx(weight) and cue.modifiers == (modifier,)


def test_an_approval_takes_the_side_of_the_conflict_it_approves_and_stays_an_agreement_beside_cooperation():
    sanctions = {c.term: c.weight for c in lexicon_cues("The European Union approves new sanctions against Russia.")}
    assert sanctions == {"sanctions": pytest.approx(0.6)}  # no agreement against them
    aid = {c.term: c.weight for c in lexicon_cues("The US Senate approves military aid to Ukraine.")}
    assert aid["approves"] < 0 and aid["military aid"] < 0
    # PETRARCH's LAUNCH * BID (reduce relations) is a bid for a membership or an office in news
    assert [c.term for c in lexicon_cues("Armenia launches a bid to join the European Union.") if c.weight > 0] == []


def test_ruling_out_another_states_plan_does_not_call_it_off():
    (annex,) = [c for c in lexicon_cues("The United States rules out Israel's plan to annex the West Bank.")
                if c.term == "annex"]
    assert annex.weight > 0.5 and not annex.modifiers
    # a time's possessive is no other's act: next week's talks are ruled out as talks are
    (talks,) = lexicon_cues("Iran rules out next week's talks with the United States.")
    assert talks.weight > 0 and talks.modifiers == ("absence:rules out",)


def test_an_option_kept_open_threatens_and_undoes_nothing():
    cues = {c.term: c.weight for c in lexicon_cues(
        "After Iran's missile attack on Israel, Netanyahu says nothing is off the table.")}
    assert cues["missile attack"] > 0.9 and cues["nothing is off the table"] > 0


def test_absence_reaches_the_whole_noun_and_a_verb_negated_stays_restraint():
    weights = {c.term: c.weight for c in lexicon_cues(
        "a secret deal offering immunity in exchange for no further terror attacks in France")}
    assert weights["terror"] == 0 and weights["attacks"] == 0 and weights["deal"] < 0
    (attack,) = lexicon_cues("Russia did not attack Ukraine.")
    assert attack.weight < 0 and attack.modifiers == ("negation:not",)
    # "false" is no negation (it was, as YAML's reading of a bare no)
    (allegations,) = [c for c in lexicon_cues("He repeated false allegations about a refugee.") if c.term == "allegations"]
    assert allegations.weight > 0 and not allegations.modifiers


def test_no_longer_stops_what_it_governs_and_no_opening_a_compound_governs_nothing():
    (recognizes,) = lexicon_cues("The United States formally no longer recognizes Lukashenko as President.")
    assert recognizes.weight > 0 and recognizes.modifiers == ("prevention:no longer",)
    (imposed,) = [c for c in lexicon_cues("He violated a no-fly zone imposed for the papal visit.") if c.term == "imposed"]
    assert imposed.weight > 0 and not imposed.modifiers


def test_a_disaster_destroys_nothing_between_states():
    assert [c.term for c in lexicon_cues(
        "Five South Korean climbers and four Nepali guides die after a snowstorm destroys their camp in Nepal.")] == []
    assert [c.term for c in lexicon_cues("Russian shelling destroys the town hall of Kupiansk.")] == ["shelling", "destroys"]


@pytest.mark.parametrize("text, kept", [
    ("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded parties to let aid workers in.",
     ["demanded"]),
    ("The UN Security Council Sanctions Committee on North Korea approves exemptions.", ["approves"]),
    ("Eight organizations, including the Global Fund for Women, are plaintiffs.", []),
    ("The Center for Coordination of Health Alerts reports.", []),
    # agreements, missions and acts named keep their cues, and so does a word that opens the sentence
    ("Israel and the PLO sign the Oslo I Accord.", ["sign", "Accord"]),
    ("The UK signs the Trade and Cooperation Agreement with the EU.", ["signs", "Cooperation", "Agreement"]),
    ("The African Union Support and Stabilization Mission is deployed.", ["Support", "Stabilization", "deployed"]),
    ("Sanctions on Iran are lifted.", ["Sanctions"]),
])
def test_a_cue_word_in_the_name_of_a_body_or_office_is_no_act(text, kept):
    assert [c.term for c in lexicon_cues(text) if c.weight or not c.modifiers] == kept


@pytest.mark.parametrize("text, term, side", [
    ("Russian soldiers summarily executing four Ukrainian prisoners of war.", "executing", 1),
    ("Saudi Arabia announces the execution of six Iranian nationals.", "execution", 1),
    ("The European Court of Justice fined Germany 34 million.", "fined", 1),
    ("Russia's Gazprom halts its gas supplies both to Moldova and Transnistria.", "halts its gas supplies", 1),
    ("Egypt opens the Rafah border crossing between Gaza and the Egyptian Sinai.", "opens the Rafah border crossing", -1),
    ("Israel says it will not open the Rafah crossing.", "open the Rafah crossing", 1),
])
def test_news_acts_of_cues_v89(text, term, side):
    (cue,) = [c for c in lexicon_cues(text) if c.term == term]
    assert cue.weight * side > 0


def test_aid_groups_are_people_named_by_their_work_and_a_negation_reaches_a_compound():
    assert lexicon_cues("Aid groups say that the requirements are political.") == []
    weights = {c.term: c.weight for c in lexicon_cues("The Taliban will not attend peace talks next week.")}
    assert weights["peace"] > 0 and weights["talks"] > 0  # talks refused, not held
    # a verb negated does not reach an object of the other side: the accepting failed, not the deportations
    weights = {c.term: c.weight for c in lexicon_cues("visas are stopped for failing to accept deportations")}
    assert weights["accept"] > 0 and weights["deportations"] > 0


@pytest.mark.parametrize("text", [
    "Hamas returns the body of dead Israeli hostage Tai Haimi to Israel.",
    "Hamas hands over the remains of one more Israeli hostage to the Israeli military.",
    "Russia returns the bodies of 1,200 Ukrainian soldiers who were killed in action.",
])
def test_captives_or_the_dead_handed_back_are_de_escalation_and_no_hostage_taking(text):
    cues = lexicon_cues(text)
    assert cues[0].category == "de_escalation" and cues[0].weight < 0
    assert not [c for c in cues if "hostage" in c.term.lower() and c.weight > 0]


def test_humanitarian_aid_groups_are_no_aid():
    assert [c.term for c in lexicon_cues("Humanitarian aid groups tell Reuters that Israel introduced restrictions.")] \
        == ["restrictions"]


@pytest.mark.parametrize("text", [
    "A court in Russia sentences Russian-American journalist Alsu Kurmasheva to six and a half years in prison.",
    "Pakistan sentences former Indian Navy officer Kulbhushan Yadav to death for espionage.",
])
def test_a_sentence_passed_is_coercion(text):
    (sentenced,) = [c for c in lexicon_cues(text) if c.term.startswith("sentences")]
    assert sentenced.category == "coercion" and sentenced.weight > 0


def test_a_sentence_served_is_no_sentence_passed():
    assert not [c for c in lexicon_cues("He was serving life sentences for fraud.") if c.term.startswith("sentences")]


def test_remove_undoes_what_it_governs_but_removing_a_leader_from_power_is_an_ouster():
    (sanctions,) = lexicon_cues("Trump removes sanctions on North Korea.")
    assert sanctions.weight < 0 and sanctions.modifiers == ("prevention:removes",)
    ouster = [c for c in lexicon_cues("a contract with Guaidó to remove Nicolás Maduro from power") if c.weight]
    assert [c.category for c in ouster] == ["coercion"] and ouster[0].weight > 0


@pytest.mark.parametrize("text, expected", [
    # "remove" undoes a measure, an aid or a tie only
    ("Workers remove the Confederate battle flag.", {"battle": 0.95}),
    ("They agree to remove obstacles to a ceasefire.", {"agree": -0.5, "ceasefire": -0.5}),
    # "no" reaches its own noun, not across a preposition or a verb, except an absent act's evidence or aim
    ("There was no immediate claim for the attack.", {"attack": 0.95}),
    ("A driver with no criminal record is arrested.", {"arrested": 0.6}),
    ("He offers no evidence to support his claim.", {"offers": -0.2, "support": -0.6}),
    ("No one was killed or injured.", {"killed": 0.0, "injured": 0.0}),
    # idioms and signs
    ("There is no doubt that Russia invaded Ukraine.", {"invaded": 0.95}),
    ("No. 10 says it will impose sanctions.", {"impose": 0.7, "sanctions": 0.6}),
    ("There was no sign of the crew.", {}),
    ("Parliament fears a no-deal Brexit.", {}),
    ("The White House says no deal has been reached.", {"deal": 0.25}),
    # a headline's capitals mark no names
    ("Iran Threatens US Bases After Strikes on Nuclear Program", {"Threatens": 0.6, "Strikes on": 0.95}),
    # people returning are no captives handed back
    ("Refugees returning to Gaza are shot by Israeli soldiers.", {"shot": 1.0}),
    # "fines" names a penalty more often than it imposes one
    ("Offenders face fines of up to $1,000.", {}),
])
def test_second_reading_of_the_eighteenth_session(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a tie or an aid put on ice sours
    ("Trump orders a freeze on all foreign aid to South Africa.", {"aid": 0.36}),
    ("The council freezes its recognition of the state of Israel.", {"recognition": 0.24}),
    ("The leadership will freeze contacts with Israel on all levels.", {"freeze contacts": 0.6}),
    # the verb holds back no measure ("freezes … assets" is one); the noun does
    ("Argentina declares Hezbollah a terrorist organization, freezing assets and expelling its members.",
     {"terrorist": 0.95, "freezing assets": 0.6, "expelling": 0.6}),
    ("The two sides agree on a freeze on new tariffs.", {"agree": -0.5, "tariffs": -0.36}),
    ("Nine migrants die in freezing temperatures near the border.", {}),
])
def test_a_freeze_holds_back_cooperation_and_ties(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an operation's or an exercise's name is no act of its own; what the operation does is read around it
    ("Turkey launches Operation Peace Spring against Kurdish forces.", {"launches Operation": 1.0}),
    ("Iran launches Operation True Promise against Israel.", {"launches Operation": 1.0}),
    ("The coalition of Operation Inherent Resolve strikes ISIL.", {"strikes": 0.95}),
    ("They begin their Foal Eagle and Key Resolve military drills.", {"military drills": 0.55}),
    # drills scaled down ease
    ("The military drills will be scaled down.", {"military drills": -0.33}),
    # what a thing ended with is its outcome, not what is ended
    ("The war ends with a ceasefire.", {"war": 0.95, "ceasefire": -0.5}),
    ("The meeting ends in a deal.", {"meeting": -0.2, "deal": -0.5}),
    # talks that ended without what they sought failed: one negation
    ("The summit ended without an agreement.", {"summit": -0.2, "agreement": 0.25}),
    # (the lower-case verb still resolves, and a name without its opener keeps its cue)
    ("The leaders agree to resolve the dispute.", {"agree": -0.5, "dispute": 0.0}),
    ("Syria signs the Paris Agreement.", {"signs": -0.5, "Agreement": -0.5}),
])
def test_operation_names_outcomes_and_drills_scaled_down(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a truce, a deal or a measure that ended is over: a truce sours, a blockade eases
    ("The ceasefire ended on Tuesday.", {"ceasefire": 0.3}),
    ("The blockade came to an end in 1995.", {"blockade": -0.36}),
    # a war, a raid or a clash that ended took place (the second reader's "the siege ended when the last gunman
    # was shot dead"); "for political ends" is a noun
    ("Clashes between Indian and Chinese troops ended after several hours.", {"Clashes": 0.95}),
    ("They exploit the crisis for political ends.", {"crisis": 0.55}),
    # talks and meetings end in the course of things
    ("The meeting ended.", {"meeting": -0.2}),
    # an act that ended in failure took place
    ("A missile test in North Korea ends in failure.", {"missile test": 0.55}),
    # with a noun after it, "ended" is the verb on that noun
    ("the deadliest strikes since a ceasefire ended a year of fighting",
     {"strikes": 0.95, "ceasefire": -0.5, "fighting": -0.57}),
])
def test_an_act_that_ended_is_over(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # arms bought or received from another are a trade, told by the taker, not an escalation
    ("India buys S-400 missile systems from Russia.", {"buys S-400 missile systems": -0.6}),
    ("Egypt receives Rafale fighter jets from France.", {"receives Rafale fighter jets": -0.6}),
    ("Turkey completes its acquisition of the S-400 missile defense system.",
     {"acquisition of the S-400 missile defense system": -0.6}),
    # fire taken is no trade
    ("The town received rockets from Lebanon.", {}),
])
def test_arms_bought_or_received_are_a_trade(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


def test_a_crisis_of_an_economy_is_no_crisis_between_actors():
    assert [c.term for c in lexicon_cues("Both announce power cuts due to the international energy crisis.")] == []
    assert [c.term for c in lexicon_cues("Lebanon's economic crisis deepens.")] == []
    # a crisis between actors still is one
    assert [c.term for c in lexicon_cues("The diplomatic crisis between Qatar and its neighbours deepens.")] == ["crisis"]


def test_a_work_released_is_no_captive_freed():
    assert lexicon_cues("Russia bars the release of the British-French political satire film The Death of Stalin.") == []
    assert [c.term for c in lexicon_cues("Hamas releases the hostages.")] == ["releases the hostages"]


def test_a_humanitarian_convoy_attacked_gives_no_aid():
    cues = lexicon_cues("Three are injured in drone strikes by the Rapid Support Forces on a humanitarian convoy of the "
                        "World Food Programme.")
    assert [c.category for c in cues] == ["military_action", "military_action"]
    assert [c.term for c in lexicon_cues("The United Kingdom sends humanitarian aid to Sudan.")] == ["humanitarian aid"]


def test_deal_with_as_a_verb_makes_no_deal():
    assert [c.term for c in lexicon_cues("Reforms are needed to deal with Lebanon's economic crisis.")] == []
    assert [c.term for c in lexicon_cues("He reaches a plea deal with prosecutors.")] == []
    assert [c.term for c in lexicon_cues("Iran signs a deal with China.")] == ["signs", "deal"]


def test_resolve_as_determination_and_a_humanitarian_emergency_are_no_cues():
    assert lexicon_cues("Russia tests NATO's resolve.") == []
    assert lexicon_cues("The Council declares its resolve to monitor closely any situations.") == []
    assert lexicon_cues("They created an ongoing humanitarian emergency.") == []


@pytest.mark.parametrize("text, expected", [
    # a vessel that sinks of itself is an accident: its dead are no act
    ("Three tourists are killed after a boat carrying eleven people sinks near Padar.", {}),
    # one sunk by another is an act
    ("The warship was sunk by a missile and ten sailors were killed.",
     {"warship": 0.55, "missile": 0.55, "killed": 0.95}),
    # an event named with a cue word is no act
    ("Seven chess players are denied visas to the Rapid and Blitz Chess Championships.", {"denied": 0.4}),
])
def test_a_vessel_that_sinks_and_an_event_named_with_a_cue(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


def test_a_purpose_clause_s_own_modifier_governs_its_act():
    # "withdrawing from" ends at its object; the purpose clause's "avoid" governs the clash (it was undone twice)
    cues = {c.term: round(c.weight, 2) for c in lexicon_cues(
        "US forces will be withdrawing from the region to avoid clashing with its NATO ally.")}
    assert cues["clashing"] == -0.57 and cues["withdrawing"] == -0.5
    # a prevention of a prevention stays two
    (talks,) = [c for c in lexicon_cues("They agreed to end the suspension of talks.") if c.term == "talks"]
    assert talks.modifiers == ("prevention:end", "prevention:suspension of")


@pytest.mark.parametrize("text, expected", [
    # a fire that broke out, and the dead found after a disaster, are no act
    ("A bus carrying migrant workers catches fire near Bangkok, killing twenty people.", {}),
    ("Two people who went missing during floods are found dead.", {}),
    ("Three hostages are found dead in Gaza.", {"hostages": 0.95, "found dead": 1.0}),
    # no warrant for an arrest: no arrest
    ("He left the country as there is no active warrant for his arrest.", {"arrest": 0.0}),
])
def test_fires_the_dead_found_after_a_disaster_and_warrants_that_are_not(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text", [
    "At least six people are killed by storms in Brest, Belarus.",
    "Two Russian tourists are killed in a shark attack off Batangas, Philippines.",
    "Three people are killed after a residential structure collapses in Veraval.",
])
def test_storms_animals_and_collapses_kill_in_no_act(text):
    assert [c.weight for c in lexicon_cues(text)] == []


@pytest.mark.parametrize("text, expected", [
    ("An earthquake and tsunami strike Greenland leaving at least 4 dead.", {}),
    ("Ten people have died and five are injured after a bus plunges into a river in Guizhou province.", {}),
    ("Activists Jimmy Lai and Agnes Chow are released on bail.", {}),
    # a strike after a disaster is still one
    ("Russian missiles strike Kyiv after the earthquake.", {"missiles": 0.55, "strike": 0.95}),
])
def test_a_disaster_s_verb_a_vehicle_off_the_road_and_bail_are_no_acts(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a fire or a sinking after an attack keeps the attack's dead
    ("A Russian oil tanker catches fire after being hit by a Ukrainian naval drone, killing two crew members.",
     {"killing": 0.95}),
    ("A boat carrying eleven people sinks near Padar, killing three.", {}),
    # a humanitarian convoy sent is aid; one attacked is not
    ("Turkey sends a humanitarian convoy of 100 trucks to Syria.", {"humanitarian": -0.6}),
    # arms of one's own making or fire taken are no trade
    ("North Korea has acquired nuclear weapons.", {"nuclear weapons": 0.6}),
    ("Ukrainian positions received heavy artillery fire.", {"artillery": 0.95}),
    ("The Philippines buys BrahMos missiles from India.", {"buys BrahMos missiles": -0.6}),
    # a prevention of a plan to prevent stays two; a noun prevention ends at "and"
    ("The United States abandons its plan to suspend military aid to Egypt.", {"military aid": -0.216}),
    ("The EU agrees an asset freeze on officials and new sanctions on the Guards.", {"agrees": -0.5, "sanctions": 0.6}),
    # fighting frozen eases; aircraft named for storms strike
    ("Russia and Ukraine agree to freeze the fighting.", {"agree": -0.5, "fighting": -0.57}),
    ("RAF Typhoons strike Houthi targets in Yemen.", {"strike": 0.95}),
])
def test_second_reading_of_the_nineteenth_session(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # concern held, not only voiced, is disapproval (CAMEO 11); "concern" alone stays a hedge
    ("The Commission notes with concern the irregularities in the weapons holdings.", {"with concern": 0.4}),
    ("Uganda remains deeply concerned about the humanitarian situation in Darfur.", {"deeply concerned": 0.4}),
    # ... not "concerned about" alone: a state's worry for its own people disapproves of no one (reader23)
    ("India is concerned about the safety of its nationals in Ukraine.", {}),
    ("The U.S. government has serious concerns that the election results do not reflect the votes.",
     {"serious concerns": 0.4}),
])
def test_concern_held_is_disapproval(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # counter-terrorism named with its scope or its object is a field of policy, no attack and no financing
    ("The United Nations plays a central role in countering global terrorism.", {}),
    ("It will hold a workshop on the importance of legislation on combating the financing of terrorism.", {}),
    ("Most have adequate measures in place for the suppression of terrorist recruitment.", {}),
    # an accusation of it keeps its own cue
    ("Saudi Arabia accuses Qatar of financing terrorism.", {"accuses": 0.4}),
])
def test_counter_terrorism_as_a_field(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # armed conflict named in general, with no article, is a subject; a war that takes place has its article
    ("The Council held an open debate on the protection of civilians in armed conflict.", {"open debate": -0.2}),
    ("Presidential statements were adopted on children and armed conflict.", {}),
    ("Dozens of civilians were killed in the armed conflict.", {"killed": 0.95, "armed conflict": 0.95}),
    # ... and two states "in armed conflict" are at war (reader23)
    ("Russia and Ukraine have been in armed conflict since 2014.", {"armed conflict": 0.95}),
])
def test_armed_conflict_named_in_general_is_a_subject(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # the verb "combat" works against a problem; the noun is fighting
    ("Sri Lanka cricket players take to wearing masks to combat smog pollution.", {}),
    ("One State cited a plan which aims to combat radicalization.", {}),
    ("Two soldiers were killed in combat.", {"killed": 0.95, "combat": 1.0}),
])
def test_the_verb_combat_works_against_a_problem(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # concern's kin: a source of concern, disappointment, regret that, a rule flouted
    ("The situation in Syria is a source of deep concern for the United Nations.", {"source of deep concern": 0.4}),
    ("We were therefore disappointed that the report recommended only a partial drawdown of surge forces.",
     {"disappointed that": 0.4}),
    ("The European Parliament votes to trigger article 7 against Hungary for flouting the rule of law.",
     {"flouting": 0.4}),
])
def test_disapproval_s_kin(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # CAMEO's bare "reinforce" coerces no one; a border or troops reinforced are a show of force
    ("The Secretariat continues to explore all options to reinforce the Mission's capacities.", {}),
    ("Tajikistan reinforces its border with Afghanistan.", {"reinforces its border": 0.55}),
    ("Pakistan reinforces troops on the border.", {"reinforces troops": 0.72}),
    # the UN's name for its personnel's misconduct
    ("Victims of sexual exploitation and abuse would be referred to a non-governmental organization.", {}),
])
def test_reinforce_alone_and_a_named_misconduct(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # hindering words are CAMEO's own verbs, not modifiers that turn a cooperation: as modifiers (cues v125-v128)
    # they read through a negation and into the next clause (reader23)
    ("Israel pledges not to undermine the ceasefire with Hamas.", {"undermine": -0.2, "ceasefire": -0.5}),
    ("The United States thwarts an Iranian plot and signs a security agreement with Israel.",
     {"signs": -0.5, "agreement": -0.5}),
])
def test_hindering_words_turn_no_cooperation(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # forces on alert are a show of force; a warning system, a health alert or the adjective are none
    ("The States of the subregion are alert to their vulnerabilities to arms trafficking.", {}),
    ("The United States issues a health alert in China.", {}),
    ("India puts its troops on high alert.", {"on high alert": 0.55}),
])
def test_alert_is_forces_on_alert(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # ordnance left from a war, and violence named as a social ill, are no act between actors
    ("Mine action and explosive remnants of war", {}),
    ("Establish gender-based violence response strategies and organize local training.", {"training": -0.6}),
])
def test_remnants_of_war_and_a_social_ill_are_no_acts(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a document's annex is no annexation; the verb "combat" with the field as its object is the field
    ("I should be grateful if you would have the text of this letter and its annex circulated.", {}),
    ("The States must ensure that any measures taken to combat terrorism comply with international law.", {}),
])
def test_a_document_s_annex_and_combat_terrorism(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a document, a finding or money released is no captive freed (a new user's audit, cues v130)
    ("United States Central Command releases a CJTF-OIR statement announcing that it has paused operations.", {}),
    ("The Government of Puerto Rico will comply with a Superior Court order to release all death certificates.", {}),
    ("The U.S. Senate Judiciary Committee releases 2,500 pages of documents related to the meeting.", {"meeting": -0.2}),
    # people released still ease: named, or a captive released in the passive, now or to come
    ("Iran releases British-Iranian aid worker Nazanin Zaghari-Ratcliffe.", {"releases": -0.5}),
    ("Captured Indian Air Force pilot Abhinandan Varthaman will be released tomorrow.",
     {"Captured": 0.0, "pilot Abhinandan Varthaman will be released": -0.5}),
    # a count with a thousands' comma between the head and its captives (the comma read as a clause's end)
    ("Hamas releases 2,500 prisoners.", {"releases 2,500 prisoners": -0.5}),
])
def test_a_document_released_is_no_captive_freed(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a resolution is a document whose words say the side; a dispute's resolution is the agreement
    ("The Council of Representatives of Iraq passes a resolution to expel U.S. troops from Iraq.", {"expel": 0.6}),
    ("France submits a resolution to the Security Council demanding a ceasefire.", {"demanding": 0.4, "ceasefire": -0.25}),
    ("Thailand and Cambodia seek a resolution to their border dispute.", {"seek a resolution": -0.5, "dispute": 0.4}),
    ("Armenia and Azerbaijan reach a resolution over Nagorno-Karabakh.", {"reach a resolution": -0.5}),
    ("A U.S.-sponsored resolution to condemn Hamas fails to get adopted.", {"condemn": 0.4}),
    ("China and India seek a peaceful resolution of the border dispute.", {"peaceful resolution": -0.5,
                                                                          "dispute": 0.4}),
    ("Japan and South Korea fail to make progress toward resolution.", {"toward resolution": 0.25}),
    # an acceptance is an agreement of its own, of a cooperation or of another's demand (reader24: "Serbia accepts the
    # European Union's demands" read as the demand alone when the acceptance took the demand's side)
    ("Iran accepts the ceasefire.", {"accepts": -0.5, "ceasefire": -0.5}),
    ("Serbia accepts the European Union's demands.", {"accepts": -0.5, "demands": 0.4}),
])
def test_a_resolution_is_a_document_whose_words_say_the_side(text, expected):
    assert {c.term: round(c.weight, 3) for c in lexicon_cues(text)} == expected


def test_an_act_done_without_warning_holds_no_warning():
    assert lexicon_cues("Indian authorities release a large amount of water without prior warning.") == []
    assert [c.term for c in lexicon_cues("North Korea issues a warning to Japan.")] == ["warning"]


def test_a_war_tribunal_is_a_court_not_a_war():
    """"sanctions on 4 ICC judges … over the war tribunal's issuance of an arrest warrant" read ICC>ISR +0.94."""
    assert lexicon_cues("The ICC judges set up a war tribunal for Israel.") == []
    assert [c.term for c in lexicon_cues("Serbia and Kosovo fought a war in 1999.")] == ["fought", "war"]


@pytest.mark.parametrize(("text", "expected"), [
    # cues v133: the participle of an attack with its object (newuser23's audit: +0.14 on a cruise-missile strike)
    ("Ukrainian forces launch cruise missiles, striking the Votkinsk plant in Russia.",
     {"missiles": "escalation", "striking the": "military_action"}),
    # a deal struck is an agreement: the ignored "strike a deal" had hidden the deal itself
    ("China and the United States strike a deal on tariffs.", {"strike a deal": "agreement", "tariffs": "coercion"}),
    ("Israel and Hamas are striking a deal.", {"striking a deal": "agreement"}),
    # a response vowed is a threat
    ("Rouhani vows to respond to Israel.", {"vows to respond": "threat"}),
    ("The workers are striking a balance.", {}),
])
def test_cues_v133_strikes_deals_and_vowed_responses(text, expected):
    assert {c.term: c.category for c in lexicon_cues(text) if c.weight} == expected


@pytest.mark.parametrize(("text", "kept", "zeroed"), [
    # cues v134: the captivity of the released is their story, the release the news
    ("North Korea releases imprisoned Canadian pastor Hyeon Soo Lim.", "releases", "imprisoned"),
    ("British couple Peter and Barbie Reynolds are freed in Afghanistan after being detained by the Taliban.",
     "freed", "detained"),
    ("Imran Khan says that the captured Indian pilot will be released tomorrow.", "released", "captured"),
])
def test_cues_v134_captivity_beside_its_release_counts_nothing(text, kept, zeroed):
    cues = {c.term.split()[-1] if c.term.split()[-1] == kept else c.term: c for c in lexicon_cues(text)}
    assert cues[kept].weight < 0 and cues[zeroed].weight == 0 and "released" in cues[zeroed].modifiers, cues


def test_cues_v134_an_arrest_without_a_release_still_counts():
    assert [c.weight > 0 for c in lexicon_cues("Russia arrests an American journalist and detains two others.")] == [
        True, True]


@pytest.mark.parametrize(("text", "expected"), [
    # cues v135 (reader26): a tone, a note or a blow struck is no attack; a compromise or an agreement struck is one
    ("Ishiba visits Beijing, striking a conciliatory tone on territorial disputes with China.",
     {"visits": "consultation", "disputes": "protest"}),
    ("The EU and the UK agree, striking a compromise on customs checks.",
     {"agree": "agreement", "striking a compromise": "agreement"}),
    ("An Israeli sniper fired through the fence, striking a Palestinian.", {"striking a": "military_action"}),
    # a disaster striking a region is its casualty, no attack
    ("A magnitude 7.8 earthquake hits Turkey, striking the region near the border with Syria.", {}),
    # a response vowed to needs or calls is no threat
    ("Japan vows to respond to the needs of Ukrainian refugees.", {}),
])
def test_cues_v135_what_is_struck_and_what_a_response_answers(text, expected):
    assert {c.term: c.category for c in lexicon_cues(text) if c.weight} == expected


@pytest.mark.parametrize("text", [
    # cues v135 (reader26): a captivity that is news of its own still counts beside a release
    "Two French nationals are detained in Iran, a week after Tehran released a French tourist.",
    "Russia releases a Ukrainian journalist, but two Ukrainian activists are detained in occupied Crimea.",
])
def test_cues_v135_a_captivity_apart_from_the_release_counts(text):
    assert [c.weight for c in lexicon_cues(text) if c.term == "detained"] == [0.6]


# cues v136: forces entering or crossing into a place are military action; other units crossing a country are not
@pytest.mark.parametrize(("text", "conflict"), [
    ("Israeli tanks and troops enter Syria's Quneitra Governorate to reportedly establish a buffer zone.", True),
    ("Russian forces enter the city of Kurakhove in Donetsk Oblast, Ukraine.", True),
    ("Turkish President Erdogan announces that Turkish Army ground troops have entered the district of Afrin in Syria.",
     True),
    ("30 Laotian soldiers cross the border into Steung Treng Province.", True),
    ("Vaccination units cross the country with 40,000 still to be vaccinated.", False),
    # v141 (reader28): peacekeepers, a unit's own quarters and a race's finish line are no incursion
    ("UN peacekeeping forces enter southern Lebanon.", False),
    ("Ukrainian troops enter their barracks in Lviv as Russia warns NATO.", False),
    ("Ukrainian soldiers cross the finish line at the Invictus Games in Germany.", False),
])
def test_forces_entering_a_place(text, conflict):
    assert any(c.category == "military_action" for c in lexicon_cues(text)) == conflict


# a quotation opening right at the act, its subject before it, stays under the modifier before the subject:
# 'if Iran "strikes any Americans"' is hedged; cues v137: force vowed is a threat
def test_a_quoted_act_after_its_subject_stays_hedged():
    cues = {c.term: c for c in lexicon_cues('Trump vows to target 52 sites if Iran "strikes any Americans."')}
    assert cues["strikes"].modifiers == ("hedge:if",)
    assert cues["vows to target"].category == "threat"
    # cues v138: a crushing response held out is a threat
    assert "threat" in [c.category for c in lexicon_cues("Russia warns of a crushing response.")]


# cues v141 (reader28): a vowed hit and a strong or decisive response are no threat by themselves
@pytest.mark.parametrize("text", [
    "Japan vows to hit its emissions target with help from the United States.",
    "Japan praised the strong response of the United States to the earthquake.",
    "The European Union and Canada pledge a decisive response to climate change.",
])
def test_cues_v141_a_vowed_hit_and_a_strong_response_are_no_threat(text):
    assert "threat" not in [c.category for c in lexicon_cues(text)]


# cues v139: a weapon that hit something is an attack, as one that struck it ("Ukrainian drones hit an oil refinery in
# Ryazan, Russia" had no cue); "hit" alone stays a record, a storm or a market
@pytest.mark.parametrize(("text", "conflict"), [
    ("Ukrainian drones hit an oil refinery in Ryazan, Russia.", True),
    ("At least 47 people are injured when Russian missiles hit a shopping mall in Kharkiv, Ukraine.", True),
    ("Around 105 Hezbollah rockets hit the northern Israeli city of Haifa.", True),
    ("Exports hit a record high as the yen weakens.", False),
])
def test_a_weapon_that_hit_is_an_attack(text, conflict):
    assert any(c.category == "military_action" for c in lexicon_cues(text)) == conflict


# cues v144 (leaders27b): momentum building up for a ceasefire is no military build-up; a build-up of troops still is
@pytest.mark.parametrize(("text", "escalation"), [
    ("The Qatari prime minister says his country is seeing a momentum build up for a ceasefire in Gaza.", False),
    ("Russia continues its build up of troops near Ukraine's border.", True),
    ("Russia continues a military build-up near Ukraine's border.", True),
])
def test_cues_v144_momentum_building_up_is_no_build_up_of_force(text, escalation):
    assert any(c.category == "escalation" for c in lexicon_cues(text)) == escalation


# cues v145 (places27): "alleged" as a hedge on what a noun or verb names adds no protest of its own (the act named
# counts); alleging, the act of accusing, stays one
@pytest.mark.parametrize(("text", "alleging"), [
    ("Ukraine allegedly shoots down a Russian Air Force Mil Mi-8.", False),
    ("Germany tries two Syrian officers for alleged war crimes.", False),
    ("Colombia expels an alleged spy working for Cuba's Intelligence Directorate.", False),
    ("The United States Navy carries out an airstrike on an alleged drug boat near the coast of Venezuela.", False),
    ("Iran alleges that the United States violated its airspace.", True),
    ("Iran alleged that the United States violated its airspace.", True),
    ("Sudan files a lawsuit alleging that the UAE supplied weapons to the RSF.", True),
    ("Russia rejects the allegations against its troops.", True),
])
def test_cues_v145_alleged_as_a_hedge_is_no_protest(text, alleging):
    found = [c for c in lexicon_cues(text) if c.term.lower().startswith("alleg")]
    assert any(c.category == "protest" for c in found) == alleging
    # v146: the hedge weighs as an inquiry's object does (CAMEO 09, 0.2), not as a protest (0.4), nor nothing
    assert all(c.category == "investigation" and round(c.weight, 2) == 0.2 for c in found if c.category != "protest")
    assert found


def test_cues_v145_an_extradition_of_alleged_members_is_no_protest_between_the_states():
    # was +0.38 by "alleged" alone; v146: the extradition is the two states' judicial cooperation (CAMEO 063)
    table = analyze(pd.DataFrame({"text": ["Mexico extradites 29 alleged cartel members to the United States."]}))
    assert table.set_index("pair").loc["MEX-USA", "tension"] < 0
    refused = analyze(pd.DataFrame({"text": ["Russia refuses to extradite the suspects to the United Kingdom."]}))
    assert refused.set_index("pair").loc["GBR-RUS", "tension"] > 0


# cues v145 (places27): an inquiry is CAMEO's 09 INVESTIGATE (Goldstein -2.0), no protest (-6.5); its people and its
# adjective, and a spacecraft, are no act at all (nor investment, "invest*")
@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea will launch a formal investigation into the incident.", [("investigation", "investigation", 0.2)]),
    ("The Chinese commerce ministry probes the Australian wine industry.", [("probes", "investigation", 0.2)]),
    ("Peruvian authorities investigate the death of a British teacher.", [("investigate", "investigation", 0.2)]),
    ("Mass graves are discovered by United Nations investigators in Kasai-Central.", []),
    ("An investigative journalist from Malta wins the prize.", []),
    ("Japan's space probe Hayabusa2 arrives at the asteroid Ryugu.", []),
])
def test_cues_v145_an_inquiry_is_cameos_investigate_not_a_protest(text, expected):
    assert [(c.term, c.category, round(c.weight, 2)) for c in lexicon_cues(text)] == expected


def test_cues_v145_investigators_who_find_graves_are_no_act_between_the_un_and_the_state():
    text = ("At least 17 new mass graves are discovered by United Nations investigators in Kasaï-Central, Democratic "
            "Republic of the Congo.")
    assert analyze(pd.DataFrame({"text": [text]})).set_index("pair").loc["COD-UN", "tension"] == 0  # was +0.38


def test_cues_v145_a_carrier_strike_group_is_no_strike():
    text = "Austin orders the USS Abraham Lincoln aircraft carrier strike group to the Middle East."
    assert [c.term for c in lexicon_cues(text)] == []


# cues v147 (uiaudit27): naming another's body a terrorist organisation is the namer's sanction against it, not an attack
# linked to whoever stands nearest ("terrorist" alone): the designating state is the source
@pytest.mark.parametrize(("text", "pair", "direction"), [
    ("Iran's parliament designates the US Department of Defense a terrorist organization.", "IRN-USA", "IRN>USA"),
    ("The United States designates Iran's Revolutionary Guard as a terrorist organization.", "IRN-USA", "USA>IRN"),
    ("Lithuania labels Hezbollah a terrorist organization.", "LBN-LTU", "LTU>LBN"),
    ("Iran's Revolutionary Guard was designated a terrorist organization by the United States.", "IRN-USA", "USA>IRN"),
])
def test_cues_v147_a_terrorist_designation_is_the_designating_states_act(text, pair, direction):
    row = analyze(pd.DataFrame({"text": [text]})).set_index("pair").loc[pair]
    assert row["direction"] == direction and row["tension"] > 0.4


def test_cues_v147_a_list_of_victims_near_a_terrorist_attack_is_no_designation():
    assert not [c for c in lexicon_cues("Police listed the victims of the terrorist attack in Paris.")
                if c.category == "coercion"]


# cues v149 (lex28, from the audit of 200 WCEP pair rows): an envoy recalled in the passive, tension reduced, a critical
# reaction, a visa waiver taken back, towns twinned, an alliance left
@pytest.mark.parametrize(("text", "pair", "sign", "direction"), [
    ("The EU ambassador to Russia is recalled from Moscow.", "EU-RUS", 1, "EU>RUS"),  # was 0
    ("The South Korean defense ministry announces that it has suspended the \"Voice of Freedom\" military radio "
     "broadcast to North Korea for the first time in 15 years as part of measures to reduce tensions between the two "
     "countries.", "KOR-PRK", -1, None),  # was 0
    ("The United Kingdom suspends visa-exempt status for Jordanian nationals traveling to the UK due to an increase in "
     "asylum claims made by Jordanians.", "GBR-JOR", 1, "GBR>JOR"),  # was 0
    ("Nicaragua terminates visa-free entry for Cubans.", "CUB-NIC", 1, "NIC>CUB"),
    ("This will be Taiwan and the UK's first sister city relationship.", "GBR-TWN", -1, None),  # was 0
])
def test_cues_v149_missing_cues_from_the_audit(text, pair, sign, direction):
    row = analyze(pd.DataFrame({"text": [text]})).set_index("pair").loc[pair]
    assert row["tension"] * sign > 0.1
    if direction:
        assert row["direction"] == direction


@pytest.mark.parametrize(("text", "term", "category"), [
    ("The decision draws critical reaction from key U.S. allies.", "critical reaction", "protest"),
    ("Ecuador leaves the Bolivarian alliance of nations.", "leaves the Bolivarian alliance", "coercion"),
    ("Leaders hope to reduce tensions on the peninsula.", "reduce tensions", "de_escalation"),
])
def test_cues_v149_terms(text, term, category):
    assert (term, category) in [(c.term, c.category) for c in lexicon_cues(text)]


# cues v150 (lex28): a state's support for rebels fighting another state is set against that state, not cooperation
# with it; support for the fight against them stays cooperation
@pytest.mark.parametrize(("text", "pair", "direction"), [
    ("Belgium accused Rwanda of supporting M23 rebels in the east of the Democratic Republic of the Congo.", "COD-RWA",
     "RWA>COD"),  # was -0.25
    ("A United Nations report formally accuses the Ugandan military of providing support to the M23 rebel group in "
     "eastern Democratic Republic of the Congo.", "COD-UGA", "UGA>COD"),
    ("Yemen accuses Iran of arming Houthi rebels with drones.", "IRN-YEM", "YEM>IRN"),
])
def test_cues_v150_support_for_rebels_is_against_the_state_they_fight(text, pair, direction):
    row = analyze(pd.DataFrame({"text": [text]})).set_index("pair").loc[pair]
    assert row["tension"] > 0.5 and row["direction"] == direction


@pytest.mark.parametrize("text", [
    "The United States announces support for the fight against Islamist militants in Somalia.",
    "Sudan accuses the UAE of supplying weapons to the Rapid Support Forces and other paramilitary groups.",
])
def test_cues_v150_support_for_a_fight_against_rebels_is_no_support_for_them(text):
    assert not [c for c in lexicon_cues(text) if c.category == "coercion" and "support" in c.term.lower()]


# cues v151 (lex28): a state made a member of a body is its joining (alliance), an ordinal or a name between
@pytest.mark.parametrize(("text", "pair", "direction"), [
    ("The general assembly of Interpol elects Vanuatu and Kiribati as new members.", "INTERPOL-KIR", "INTERPOL>KIR"),
    ("North Macedonia becomes the 30th member of NATO.", "MKD-NATO", "MKD>NATO"),
    ("Indonesia has joined the BRICS trade bloc as a full member.", "BRICS-IDN", "IDN>BRICS"),
])
def test_cues_v151_a_state_made_a_member_joins_the_body(text, pair, direction):
    row = analyze(pd.DataFrame({"text": [text]})).set_index("pair").loc[pair]
    assert row["tension"] < -0.3 and row["direction"] == direction


def test_cues_v151_the_first_member_to_leave_joins_nothing():
    text = "The United States's withdrawal from the WHO takes effect, becoming the first member state to leave the WHO."
    assert not [c for c in lexicon_cues(text) if c.category == "alliance"]


# cues v161 (mend28): a sister city partnership cancelled is relations reduced; an envoy recalled to take another post
# is no recall in protest
def test_cues_v161_sister_city_partnership_cancelled_and_envoy_called_home_to_a_post():
    row = analyze(pd.DataFrame({"text": ["Prague cancels its sister city partnership with Beijing."]})).set_index(
        "pair").loc["CHN-CZE"]
    assert row["tension"] > 0.1  # was -0.35
    rows = analyze(pd.DataFrame({"text": ["The Ukrainian ambassador to Germany is recalled to Kyiv to become deputy "
                                          "foreign minister."]})).set_index("pair")
    assert "DEU-UKR" not in rows.index or abs(rows.loc["DEU-UKR", "tension"]) < 0.05  # was UKR>DEU +0.54
    row = analyze(pd.DataFrame({"text": ["The EU ambassador to Russia is recalled from Moscow."]})).set_index(
        "pair").loc["EU-RUS"]
    assert row["tension"] > 0.4


# cues v160 (mend28): support for armed men fighting a jihadist group is no support against the state they are of
def test_cues_v160_support_for_militias_fighting_the_islamic_state_is_no_act_against_their_state():
    rows = analyze(pd.DataFrame({"text": ["Iran funds Iraqi militias fighting the Islamic State."]})).set_index("pair")
    assert rows.loc["IRN-IRQ", "tension"] < 0  # was IRN>IRQ +0.68
    rows = analyze(pd.DataFrame({"text": ["Turkey funds Syrian rebels fighting the Assad government."]}))
    row = rows.set_index("pair").loc["SYR-TUR"]
    assert row["tension"] > 0.5 and row["direction"] == "TUR>SYR"


# cues v159 (mend28): a negated becoming is no cue, and a person made a member of a house of parliament no joining
@pytest.mark.parametrize(("text", "pair"), [
    ("Ukraine will not become a member of NATO, Russia says.", "NATO-UKR"),  # was UKR>NATO +0.20
    ("A Chinese businessman becomes a member of the British House of Lords.", "CHN-GBR"),  # was CHN>GBR -0.38
])
def test_cues_v159_no_joining_negated_or_by_a_person(text, pair):
    rows = analyze(pd.DataFrame({"text": [text]})).set_index("pair")
    assert pair not in rows.index or abs(rows.loc[pair, "tension"]) < 0.05


# cues v152 (lex28): an agreement left or ended, the words of its name between, is relations reduced (one coercion cue),
# not the cooperation named inside its name
@pytest.mark.parametrize(("text", "pair", "direction"), [
    ("Russia withdraws from its military technical cooperation agreement with Germany.", "DEU-RUS", "RUS>DEU"),  # -0.14
    ("Duterte terminates the Visiting Forces Agreement with the United States.", "PHL-USA", "PHL>USA"),  # was -0.36
])
def test_cues_v152_an_agreement_left_reduces_relations(text, pair, direction):
    row = analyze(pd.DataFrame({"text": [text]})).set_index("pair").loc[pair]
    assert row["tension"] > 0.4 and row["direction"] == direction


def test_cues_v152_a_withdrawal_under_a_deal_leaves_no_deal():
    text = "Israel will withdraw from Gaza under the ceasefire deal with Hamas."
    assert not [c for c in lexicon_cues(text) if c.category == "coercion"]
