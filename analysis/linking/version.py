"""The linking rules' version, and their history.

The store stamps every pair row with ``VERSION`` (analysis/store.py's pair_stamp): when the rules change, the next
ingest re-links every stored article from its sentence scores.  So the version is bumped with every rule change, and
the comment block after it records, one short line per rule, what each version changed (docs/NOTEBOOK.md says more).
"""

from __future__ import annotations

#: Stamped into the store with the dictionary version: pairs are re-linked when the rules change.
VERSION = "links-253"
# (59: the lead's third-party rule merged with helper links44's 44-58; 60: companies' homes; 61: a state's airspace
# or soil is a place; 62: a place between a state of relations and "between"; 63: "from" names a noun's source;
# 64: a backed offensive; 65: a body's report on a topic; 66: an envoy's post is no speaker, the lead's links-60
# merged with helper links60's 60-65; 67: a deployment's destination hosts it; 68: a speaker's evaluation of
# another's act; 69: a passive's agent after "in" past a count of the wounded; 70: "despite" as "amid"; 71: the
# passive's qualifying agent after a count, or "from"; 72: a second reading's mends of 60, 63 and 65: no company
# after "policy", "drone" or "military", a state's own company named, the noun of "from" the whole cue, a report's
# topic ending at "and" or a comma; 73: a passive's entry barred, an owner's assets used, a deployment's owner after
# "of", foreign support; 74: the teller, not the party told, of "that it …"; 75: a reduced relative clause's "by"; 76: an act
# owned by "the country's" is not the clause subject's; 77: "between" after a place noun; 78: a topic after
# "about" is no source; 79: a cause opening its clause after a comma was done to the sentence's subject;
# 80: an act owned by a demonym after "by" or "after" was done to the clause's subject; 81: the second reading's
# mends: no informer for "they" or "it must", no relative agent for "launched by", "ordered by"…, the country's
# act after "announcing", no place between for acts of force or acts with a source, a name before a gerund is no
# topic, "after" no longer makes the subject the patient; 82-89: helper links20's, see docs/NOTEBOOK.md; 90: a second
# owned act after "and"; 91: an act a person owns who is no actor; 92: force held out is the clause subject's threat;
# 93: an act done to a place naming no actor takes no responder; 94: a full passive's people underwent the act; 95:
# "both countries" as a subject; 96: talks in a venue "with" actors;
# 98: an owner's act after "after" right behind a passive was done to the passive's subject; 99: force "by" an agent
# that is no actor, then a place: the place is no agent; 100: "shot dead", "stabbed to death" in a full passive;
# 101: the "war" of "war games" takes no two sides; 102: an event's host is no counterpart;
# 103: a state of relations after "amid" is the clause subject's; 104: force a punishment is "for" is the punished's;
# 105: a force noun's agent after "by" past its place or object;
# 106: the lead's mends from reader22's second reading: 98 only after verbs of damage, 99 not for a state's forces,
# 102 for a conflict act only when its reason names another actor, 104 no preposition before the cue, 105 only a
# place or object phrase before "by" and no owner before the force noun; 107: a lower-case title joins a state and its
# own person, "Indian prime minister Narendra Modi", as a capitalised one did)
# (links23, 21st session: 110: a reciprocal phrase opening on the word before the cue, "exchanged strikes"; 111: the
# venue of later talks is no earlier cue's counterpart; 112: an act "on suspicion of" … is the unnamed suspects'; 113:
# an appositive naming an act, "Operation X, the start of …", is the clause subject's; 114: the actors blamed after an
# act's clause did it; 115: a reduced passive's agent "in a X airstrike", its patients "—among them"; 116: an act a
# speaker declares to be something, a verb of commitment after "and", a retaliation's target; 117: a comparison's
# standard takes no part)
# (links25, 22nd session: 118: "both countries" as a subject with no two actors named together: the sentence's only
# two actors, each maybe in a clause of its own; in a passive, "both countries were intercepted", its patients; 119: an
# act of force "in a" strike … behind an earlier act of force is that act's means, linked as it; 120: links-103's
# "amid" rule not for the object an appeal asks to act, "urges Israel to show restraint amid tensions with Iran")
# (links26, 22nd session: 128: a speaker is no agent of an act undergone or supposed in the clause reported, "says the
# ports are under blockade", "suggested that a military strike on Taiwan could pose"; 129: the object of an act a noun
# names is no source of what the verb after that noun phrase says, "a military strike on Taiwan could pose a
# "survival-threatening situation""; 130: a "by VERBing" adjunct's act is the clause subject's, on the main verb's object;
# 131: the object after a passive's agent, "attack by Iran on U.S. forces"; 132: an act whose owner stands right after
# "as" or "amid" was done to the clause's subject)
# (133: the lead's merge of links25's 118-120 with links26's 128-132)
# (134: the lead's mends from reader24's second reading: 118's passive not for a progressive, "both countries are
# fighting"; 119's means only with its modifiers between, and no relative clause or involvement between the acts;
# 129 only for the nearest actors, a crash on "U.S. officials say China may have conducted … tests … in violation of")
# (links27, 22nd session: 138: after "between" two noun phrases led by demonyms or names are the parties whatever
# their head nouns, "clashes between Israeli troops and Palestinian citizens"; 139: an active verb's object, then "by":
# the object's owner, its target, "China bans visits by United States military ships"; 140: a noun's agent right after
# it, then its object, "the attack by Iran on U.S. forces"; 141: any verb right after "and" with its object after it
# takes the clause's subject (after a "that" or a verb of saying; for verbs links-116 did not list, only a subject
# opening its clause), "… and expels five French embassy workers"; 142: an act noun's object, then "led by",
# "imposed by" …: the agent after "by" did it, "a blockade on Yemen led by a Saudi Arabian coalition")
# (144: the lead's merge of links-134 with links27's 138-142)
# (145: the lead's mends from reader25's second reading: 142's noun phrase in lower case, 141 past a fronted
# adverbial, 132 not for an act with its own place or object, 130 past "says", 128's supposed act not after
# "retaliatory", "preemptive" or a possessive, 138 not after "among", 140 no venue as object)
# (146: a force owned by an actor, its place or object, then a verb: the verb's subject is the force's owner,
# "Israeli attacks across the Gaza Strip kill", not the place)
# (147: an infinitive of purpose after a verb of sending or summoning is its subject's: "summons the U.S.
# ambassador to protest")
# (148: tried by links28 and dropped; 149: 130's "says" seen up to the reported subject's capital, so that "Israel says
# Hamas violated the ceasefire by firing rockets at Israel" keeps Hamas's firing on Israel)
# (links29, 23rd session: 150: a verb of saying or commitment after "and" and the cue's object ends the cue's targets,
# "declares the Russian strikes to be war crimes and vows to support Moldova"; 151: links-141 for a one-word cue in
# the base form too, "… and detain two French consulate employees", and the "and" verb's subject not a backer hyphened
# to the subject's noun, "United States-supported Somali forces"; 152: links28's links-148 for one source only, not
# itself after "from": the source's own place after "from" is no target, "launch a ballistic missile from Yemen"; 153: a
# demonym owning two acts joined by "and", "Israeli strikes and attacks"; 154: links-116's act a speaker declares
# something with a verb of naming and no "to be", "calls the Russian strikes war crimes"; 155: links-152 past a region
# word, "from western Iran"; 156: links-146 for a force's agent after "conducted by", "carried out by" …, and past
# "reportedly": "attacks conducted by the Israel Defense Forces on the Gaza Strip reportedly kill"; 157: a passive
# force's place after its agent is its target when no patient is named, "killed by Russian forces in Kharkiv, Ukraine";
# 158: the source's own forces or people are no target, the actor they are taken "from" is, "the withdrawal of Polish
# forces from Iraq"; 159: links-141's "and" verb in a clause opening on a verb after a comma takes the clause before's
# subject, ", closes the British Council in Russia and closes the Consulate-General of the United Kingdom")
# (165, 24th session: the defenders named before a condition stand against the conflict act its subject would do,
# "Japan might authorize its forces to support the United States if China attempted a blockade … against Taiwan")
# (links32, 24th session: 185: an article after a bare comma inside a list that goes on joins it, "France, the
# Netherlands and Germany", "Germany, the Netherlands, Norway, and Sweden"; 186: an "after VERBing" adjunct's act is the
# clause subject's, "cancels the tariffs on Denmark, … after reaching an agreement with NATO", after a comma the
# sentence subject's, not after a passive nor for a gerund with a pronoun object; 187: a chain of place names goes on past
# a mention in its middle name, "in Sabra, Gaza City, Palestine"; 188: nationals "found dead", or killed "and N others
# are injured", at a place with no agent named underwent it, "are found dead at a hotel in Bangkok, Thailand"; 189: a
# title's noun phrase and a person's name between commas, "The Saudi ambassador to the United Nations, Abdul Aziz
# al-Wasel, calls for … the arms embargo on Iran": the predicate's acts are the title's state's; 190: a list of
# different actors closed by "and" takes no further member after a bare comma, "between Trump, Sheinbaum, and
# Trudeau, Trump announces")
# (links31, 24th session: 175: a war's end sought by "their"/"its" plan or by talks "with" X is the owner's, not the
# clause subject's, "accuses Brazil and China of using their proposed peace plan for ending the Russo-Ukrainian War";
# 176: a sentence opening on a noun and a place, "Police in Baku, Azerbaijan, raid …", has the place's people as subject;
# 177: talks or a mediation offered, "Japan offers to mediate between Iran and the U.S.", are the offerer's;
# 178: an act under "if" or "unless" sets a pair's direction only after all others, "… if Hamas does not release …";
# 179: hostages rescued or recovered are the holders' act on the rescuer, "Israel recovers the bodies of two hostages
# in Gaza"; 180: a war's end only the topic of talks no actor holds is no one's step, "says that Europe has no role in
# any peace negotiations on ending the war in Ukraine"; 181: 175's possessive owns a proposal cue too, "their proposed")
# (191: the lead's merge of links-165, links32's 185-190 and links31's 175-181)
# (197: a second reading's mends of links-165: an actor or the subject's own people as the defence's object, no refused
# or conceded defence, a condition opening on its subject, no ally who is that subject)
# (198: the state closing a chain of places an act of force hit is its target, "Russia strikes Dnipro, Ukraine")
# (199: a passive's agent right after "after" or "following" as after "during", "are killed after an Israeli strike")
# (mend32, a second reader's sentences: 192: 186's adjunct is not the subject's after a punitive or reactive verb on
# another's person or state, "China sanctions a U.S. congressman after visiting Taiwan", nor with the subject's own
# demonym as the gerund's object, "after detaining a Japanese businessman"; the punisher's grounds, "after accusing",
# stay its own; 193: 188 not for captives, "Two Israeli hostages are found dead", nor with a fighting counterpart
# named after the place, "… in southern Lebanon during clashes with Hezbollah fighters"; its second passive alike
# when the place right after "in" read as the agent, "… and another is injured in Bangkok, Thailand"; 194: 185's
# article joins no list whose last member a speech or report verb follows, an actor named before the list, "Iran fired
# missiles at Israel, the United States and Britain said"; 195: 192's agreement ("after reaching an agreement with
# Ukraine") stays the punisher's own; 194's verbs take a condemnation, not the noun-prone "states", "claims", "notes")
# (200: the lead's merge of links-197 to 199 with mend32's 192-195)
# (201: links-179 not when the hostages are "held by" holders no actor names, "… in Burkina Faso held by jihadists")
# (links33, 25th session, issue #11's audit: 202: the "with" of a border is no counterpart of a full passive, whose
# people underwent the act, "Two Azerbaijani soldiers are killed near the border with Armenia"; 203: the state a border is
# "with", after a passive's agent that is no actor, is a place, "… in an ambush by Islamic State fighters near the border
# with Burkina Faso"; 204: a conflict two named actors wage with each other links neither for a pair of one of them and a
# bystander, "antisemitic incidents in Denmark since the Israel–Hamas war began")
# (205: an occupation named as a place's attribute links only its occupier hyphened to it and the place's state, "A court
# in Russian-occupied Donetsk sentences two Colombians", and links neither for a pair of one party and a bystander)
# (206: support "for" or "to" an armed group "in" a state takes no target from that state, "Rwanda's military support
# for the M23 rebel movement in Kivu, Democratic Republic of the Congo")
# (207: a full passive's adjunct act after "by a" with no actor as its agent was done to the passive's people, as after
# "in a", "Five Italian soldiers are wounded by a bombing in Kirkuk, Iraq")
# (208: a complaint lodged "to" or "with" a body is lodged before a forum, its grounds' actor after "over" its target,
# "Lebanon files a new complaint to the UN Security Council over Israel's ceasefire violations"; "write to" a body to
# protest is a verb of sending, "… write to the United Nations Security Council to denounce Ukrainian support")
# (209: the force of a mine or a roadside bomb a vehicle struck, and the deaths it caused, have no source, "Two French
# soldiers are killed after their armoured vehicle hits a roadside bomb in Mali")
# (210: border guards, peacekeepers, crew members, nationals, citizens, journalists and workers named by nationality
# are a full passive's people too, and "off" a coast a place, "At least ten Iranian border guards are killed in an
# ambush … on the border with Pakistan")
# (211: 204 for a war or a state of relations named with both its sides too, "Russia's hybrid warfare against NATO" for
# Germany and NATO, "Vietnam's path in overcoming past hostilities with the United States" for North Korea and Vietnam)
# (212: 204/211 mended: not for a pair named on a war's opposite sides in its phrase, "in Russia's war against
# Ukraine", nor for a backer with material support of one side, "sent soldiers to bolster Russia's war on Ukraine")
# (213: 208 only when the grounds name an actor other than the complainant and the body, and "at" only after a complaint
# noun, "China lodges a protest with the EU over sanctions on Chinese firms", "China protests at NATO's description of it")
# (214: 209 not when the mine's layer is named, "a Russian anti-tank mine", "a device planted by Hamas", and only for
# the vehicle's people's passive and the bomb, "An Israeli airstrike kills five people in Gaza after …")
# (215: 206 not for a fight against the group nor "to" a purpose, "Burundi sends troops to fight M23 rebels in the DR
# Congo", "US announces support for the fight against Islamist militants in Somalia")
# (216: 212's backers only with support given, not withheld, denied or blamed, "Germany halts weapons exports to
# Israel over its war in Gaza", "China denies sending weapons to Russia", the accuser of "accuses North Korea of
# supplying missiles to Russia", and to an actor named right after its "to", not "troops to its border"; nor "its war"
# read as the subject's when the subject's support is withheld or denied)
# (217: 216's withheld support also after "n't" and "declin… to" governing the support's verb, "says it didn't send
# weapons to Russia for its war", "declines to send weapons to Ukraine", which linksplit found its list lacked; not in
# a clause between, "which hasn't acknowledged the deployment, has sent troops", reader32; and 216's withholding words
# read after the stretch's last comma, so an aside between commas withholds nothing, "Germany, which does not want a
# wider conflict, sends missiles to Ukraine for its war")
# (218: a comma between a state's capitalised title and its own person is a clause break, not a list's, so the
# person's appositive closes the subject, "The Moldovan Prime Minister, Dorin Recean, accuses the Russian Government")
# (219: a title's "of" before a capitalised word joins a state and its own person as a title's other words do,
# "United States Secretary of State Rex Tillerson", so the person's coordination keeps both states)
# (225, reader33: 218's appositive also after "The Prime Minister of Slovakia," and only where the person's closing comma
# opens the predicate, not a list's next member, "The French President, Emmanuel Macron, and Germany's chancellor, …")
# (236, lex28: an extradition verb's target is the state after its "to", its source a passive's "from", and the words
# naming the person handed over no act towards that state, "New Zealand extradites German hacker … to the United States")
# (237, lex28: force against an armed group no actor names, "against pro-coup forces in Cotonou", "on ISIL targets in
# Syria", takes no target from the state it is in; 238: nor force, pressure or threat from the state it is "in support
# of", "on behalf of", "at the request of")
# (239, lex28: exercises right after a compound of actors, "Russian–Belarusian military exercises", are the parties' own
# on one side, not force between them)
# (240, lex28: 236 also for an act on an extradition named as a noun right after it, "approves a Ukrainian national's
# extradition to Germany", "refuses extradition of a Ukrainian to Germany")
# (linker28, 28th session, the WCEP audit's linking causes: 226: a conflict act linking one actor of a pair only as its
# target or place, the other not at all, counts for the pair by UNLINKED, not ONE_LINKED (scoring's UNDERGONE), "Five
# Italian soldiers are wounded by a bombing in Kirkuk, Iraq" for Iraq and Italy; its doer keeps ONE_LINKED)
# (227: links-185's article joins a list until no more join, so two in a row join too, "Canada, Denmark, France,
# Germany, the Netherlands, the United Kingdom, and the U.S. announce a joint operation")
# (228: a pair's direction is the first event cue's relating it not against the side of its tension, not the first
# cue's of any side, "the United States-backed Syrian Border Security Force …, while Syria vows to crush it" SYR>USA)
# (229: a threat "of" an act named right after it is the act's agent's, against its target, "due to threats of Israeli
# retaliation towards Hezbollah" ISR>LBN; a noun's source "from" past a closing quotation mark, "threats of a
# "significant air attack" from Russia")
# (230: a rejection in a passive relative clause of what the sentence's subject asked or offered is against that
# subject, "call for an immediate 21-day ceasefire …, which has been rejected by Israeli Prime Minister Benjamin
# Netanyahu")
# (241, lex28b: a verdict a verb of naming predicates of its object, "Turkey calls a statement of European Union support
# for Greek Cypriots "unacceptable"", is the speaker's, at the actors the object names (verdicts))
# (242, lex28b: the fallen of a fight "with" a foe, "Five Israeli soldiers … are killed in fighting with Hezbollah
# forces", underwent the foe's force (fallen))
# (mend28, reader28's worse cases: 250: 237 keeps the place's state as target of force a named state does on
# fighters other than a jihadist group's, a strike across a border, "Iran fires missiles at militant groups in
# Pakistan's Balochistan province", unless the sentence has the force with or for that state, "at the invitation of",
# "alongside", "with the Malian army")
# (251: 240 not when a state owns the extradition, "condemns Canada's extradition of Meng Wanzhou to the United States":
# that state is the act's counterpart)
# (252: 229 not when the threat's clause has a subject of its own, not the act's agent, and the act a target other than
# that subject, "The United States issues warnings of a Russian attack on Ukraine")
# (253: 226 not for an actor named as the act's doer though not linked so, after "carried out by" or in the subject
# list before its verb, "Iran condemns strikes on Yemen carried out by the United States" for the United States and Yemen)
