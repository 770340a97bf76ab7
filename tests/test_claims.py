"""Atomic claims on the seed corpus: offsets, splitting, attribution, what is dropped."""

from __future__ import annotations

import pytest
from conftest import stem
from hypothesis import given, strategies as st


def claims_of(seed_json, prefix):
    return [c for c in seed_json["claims"] if stem(c["source"]) == prefix]


def test_every_quote_is_the_file_text_at_its_offsets(seed_json, seed_texts):
    assert seed_json["claims"]
    for c in seed_json["claims"]:
        assert seed_texts[c["source"]][c["start"]:c["end"]] == c["quote"], c["id"]
    for d in seed_json["dropped"]:
        assert seed_texts[d["source"]][d["start"]:d["end"]] == d["quote"]


def test_relative_clause_becomes_its_own_claim_about_the_talks(seed_json):
    texts = [c["text"] for c in claims_of(seed_json, "004")]
    assert "The talks lasted for just over an hour." in texts
    assert "The talks were the second round of negotiations brokered by Turkey and the US." in texts


@pytest.mark.parametrize(
    "prefix, fragment, speaker",
    [
        pytest.param(
            "002", "Kyiv had been unable to react", "Rustem Umerov", id="short-name-expanded"
        ),
        pytest.param("004", "1,000 to 1,200", "Vladimir Medinsky", id="S4-medinsky-figure"),
        pytest.param(
            "001",
            "Russia rejected an unconditional ceasefire",
            "Sergiy Kyslytsya",
            id="appositive-speaker",
        ),
        pytest.param(
            "001", "return 6,000 to 6,000 bodies", "Rustem Umerov", id="quote-then-told-reporters"
        ),
        pytest.param(
            "001", "We agreed to exchange all-for-all", "Rustem Umerov", id="multi-sentence-quote"
        ),
        pytest.param(
            "002", "bring Putin and Zelensky together", "Tayyip Erdogan", id="quote-then-said"
        ),
        pytest.param(
            "000",
            "hundreds of children who Russia has illegally deported",
            "Andriy Yermak",
            id="said-colon-quote",
        ),
        pytest.param(
            "000", "children were forcibly removed", "Ukrainian officials", id="according-to"
        ),
        pytest.param(
            "003", "they ended at around 4:17 p.m.", "president", id="S4-coordinated-said"
        ),
    ],
)
def test_reported_speech_keeps_the_speaker(seed_json, prefix, fragment, speaker):
    hits = [c for c in claims_of(seed_json, prefix) if fragment.lower() in c["text"].lower()]
    assert hits, f"no claim with {fragment!r}"
    assert all(c["attributed_to"] == speaker for c in hits), [
        (c["text"], c["attributed_to"]) for c in hits
    ]
    assert not any(c["text"].lower().startswith(("said", "according")) for c in hits)


def test_at_least_five_claims_carry_a_speaker(seed_json):
    assert sum(1 for c in seed_json["claims"] if c["attributed_to"]) >= 5


def test_speaker_pronoun_becomes_the_speaker(seed_json):
    texts = [c["text"] for c in claims_of(seed_json, "000")]
    assert "Zelenskyy met the president of Lithuania in the country's capital of Vilnius." in texts


@pytest.mark.parametrize("prefix, text", [
    pytest.param("002", "Talks last less than an hour.", id="headline-clause"),
    pytest.param("004", "Ukraine and Russia agree to new prisoner exchange.", id="title"),
])
def test_headlines_are_claims_marked_as_headlines(seed_json, prefix, text):
    hit = [c for c in claims_of(seed_json, prefix) if c["text"] == text]
    assert hit and all(c["headline"] for c in hit)


@pytest.mark.parametrize(
    "prefix, quote, reason",
    [
        pytest.param("000", "Strong decisions are needed", "no checkable content", id="opinion"),
        pytest.param("002", "Join our commenting forum", "call to action", id="call-to-action"),
        pytest.param(
            "001",
            "“Putin must get nothing that would justify his aggression,” he added.",
            "opinion",
            id="exhortation",
        ),
        pytest.param("003", "What preceded", "no checkable content", id="section-heading"),
    ],
)
def test_not_checkworthy_sentences_are_dropped_with_a_reason(seed_json, prefix, quote, reason):
    hits = [d for d in seed_json["dropped"] if stem(d["source"]) == prefix and quote in d["quote"]]
    assert hits and reason in hits[0]["reason"]
    assert not any(quote in c["text"] for c in claims_of(seed_json, prefix))


def test_claims_and_dropped_are_disjoint_spans_of_text(seed_json):
    for d in seed_json["dropped"]:
        for c in seed_json["claims"]:
            if c["source"] == d["source"] and d["reason"].startswith(
                ("page", "social", "broadcast")
            ):
                assert c["end"] <= d["start"] or c["start"] >= d["end"]


def test_analyse_splits_typed_text(extractor):
    found = extractor.analyse(
        "The talks, which lasted for just over an hour, were the second round. "
        "Umerov said Kyiv had been unable to react."
    )
    texts = [c.text for c in found.claims]
    assert "The talks lasted for just over an hour." in texts
    assert any(
        c.attributed_to == "Umerov" and c.text.startswith("Kyiv had been unable")
        for c in found.claims
    )


def test_a_list_of_counted_things_is_not_an_appositive(extractor):
    """"Seven AK-47s, three other assault rifles, …" lists what was seized; "Seven AK-47s are
    three other assault rifles" would be a claim nobody made."""
    found = extractor.analyse(
        "Seven AK-47s, three other assault rifles, 13 loaded magazines, a grenade launcher "
        "with two rockets, several grenades."
    )
    assert not [c.text for c in found.claims if " are " in c.text]


@pytest.mark.parametrize("text, claims", [
    pytest.param("The gunman, John Smith, shot three people.",
                 ["John Smith shot three people.", "The gunman is John Smith."], id="gunman"),
    pytest.param("Police arrested the driver, Tom Rusk, on Monday.",
                 ["Police arrested Tom Rusk on Monday.", "The driver is Tom Rusk."],
                 id="object"),
    pytest.param("Golden girl of the screen, Ada Voss, has died aged 91.",
                 ["Ada Voss has died aged 91.", "Golden girl of the screen is Ada Voss."],
                 id="description-first"),
    pytest.param("Rustem Umerov, the defence minister, led the delegation.",
                 ["Rustem Umerov led the delegation.", "Rustem Umerov is the defence minister."],
                 id="name-first-unchanged"),
    pytest.param("Her ex-husband, Tom Hale, was arrested on Monday.",
                 ["Tom Hale was arrested on Monday.", "Her ex-husband is Tom Hale."],
                 id="a-hyphened-noun-is-one-noun"),
    pytest.param("The vice-chairman, Ivo Lund, resigned on Friday.",
                 ["Ivo Lund resigned on Friday.", "The vice-chairman is Ivo Lund."],
                 id="a-hyphened-title"),
    pytest.param("The driver of the Kelton train, a 47-year-old man, was taken to hospital.",
                 ["The driver of the Kelton train was taken to hospital.",
                  "The driver of the Kelton train is a 47-year-old man."],
                 id="a-person-described-after-of-a-thing"),
    pytest.param("The owner of the Orvik shop, a 52-year-old woman, was arrested.",
                 ["The owner of the Orvik shop was arrested.",
                  "The owner of the Orvik shop is a 52-year-old woman."],
                 id="the-owner-of-a-shop"),
])
def test_a_name_in_apposition_is_who_did_it(extractor, text, claims):
    """"The gunman, John Smith, shot three people": Smith shot them. The description was kept as
    the doer and the name went to a claim of its own, so a figure of the main claim was nobody's
    in particular."""
    assert [c.text for c in extractor.analyse(text).claims] == claims


@pytest.mark.parametrize("text, claims", [
    pytest.param("Tom Hale, who led the inquiry, said the mill had closed in May.",
                 ["The mill had closed in May.", "Tom Hale led the inquiry."], id="said-after"),
    pytest.param("Ann Roe, who heads the Kelton council, told reporters the vote was delayed.",
                 ["The vote was delayed.", "Ann Roe heads the Kelton council."],
                 id="told-after"),
    pytest.param("The mill had closed in May, said Tom Hale, who led the inquiry.",
                 ["The mill had closed in May.", "Tom Hale led the inquiry."],
                 id="said-before"),
])
def test_what_a_relative_clause_says_of_the_speaker_is_a_claim(extractor, text, claims):
    """"Hale, who led the inquiry, said …" also says Hale led the inquiry: before, a relative
    clause in the speaker's phrase was dropped with the phrase. The article says it, not the
    speaker."""
    found = extractor.analyse(text).claims
    assert [c.text for c in found] == claims
    assert [c.attributed_to is None for c in found] == [False, True]


@pytest.mark.parametrize("text, claims", [
    pytest.param("Hale resigned.", ["Hale resigned."], id="a-named-doer-and-an-act"),
    pytest.param("Hale escaped and was never caught.",
                 ["Hale escaped.", "Hale was never caught."], id="two-words-split-off"),
    pytest.param("Prices rose.", [], id="no-name-is-a-fragment"),
])
def test_two_words_naming_a_doer_and_an_act_are_a_claim(extractor, text, claims):
    """"Hale escaped and was never caught" checks both: before, "Hale escaped" fell under the
    three words a claim needed, and `check` dropped it without a word."""
    assert [c.text for c in extractor.analyse(text, source="input").claims] == claims


@pytest.mark.parametrize("text, claims", [
    pytest.param("The 2031 budget totals about 4.8 billion dollars.",
                 ["The 2031 budget totals about 4.8 billion dollars."], id="totals-a-figure"),
    pytest.param("Police funding increases by 6.5 percent.",
                 ["Police funding increases by 6.5 percent."], id="increases-by"),
    pytest.param("Tax increases and spending cuts in 2031.", [], id="a-list-of-nouns"),
    pytest.param("Roe cost Kelton £25 million.", ["Roe cost Kelton £25 million."],
                 id="cost-a-party-a-sum"),
    pytest.param("The central bank projects inflation of 2.5% in 2031.",
                 ["The central bank projects inflation of 2.5% in 2031."],
                 id="projects-a-figure-of-a-measure"),
    pytest.param("Kelton bank projects in 2031 and beyond.", [], id="projects-in-a-year"),
])
def test_a_verb_the_tagger_takes_for_a_noun_still_makes_a_claim(extractor, text, claims):
    """"The budget totals about $4.8 billion" was "not a checkable claim (fragment (no verb))":
    the tagger read "totals" as a plural noun. Before a figure, such a word is the verb."""
    assert [c.text for c in extractor.analyse(text, source="input").claims] == claims


def test_the_speaker_s_age_is_the_article_s_claim(extractor):
    """"…, said Tom Hale, 17, a student": his age is told by the article, not said by him."""
    found = extractor.analyse("The mill had closed in May, said Tom Hale, 17, a student.").claims
    assert [(c.text, c.attributed_to) for c in found] == [
        ("The mill had closed in May.", "Tom Hale"), ("Tom Hale is 17 years old.", None)]


@pytest.mark.parametrize("text, claims", [
    pytest.param("Police would not say whether the suspect was armed.",
                 ["Police would not say whether the suspect was armed."], id="whether"),
    pytest.param("The minister did not say why the talks had collapsed.",
                 ["The minister did not say why the talks had collapsed."], id="why"),
    pytest.param("Her agent did not reveal what the actress was being treated for.",
                 ["Her agent did not reveal what the actress was being treated for."],
                 id="what"),
    pytest.param("Police would not say who fired the first shot.",
                 ["Police would not say who fired the first shot."], id="who"),
    pytest.param("If the dam fails, 3,000 homes will flood.",
                 ["If the dam fails, 3,000 homes will flood."], id="if"),
    pytest.param("Unless talks resume, 40 factories will close, the union said.",
                 ["Unless talks resume, 40 factories will close."], id="unless-reported"),
    pytest.param("The mayor said the bridge would reopen on Monday.",
                 ["The bridge would reopen on Monday."], id="a-statement-is-still-reported"),
])
def test_a_question_or_condition_is_no_statement(extractor, text, claims):
    """A reported question ("would not say whether P") and a condition ("if P, Q") do not say P:
    cutting the reporting verb, or the "if", made P a claim, and "unless talks resume" said
    that talks resume."""
    assert [c.text for c in extractor.analyse(text).claims] == claims


@pytest.mark.parametrize("text, claims", [
    pytest.param("Coach Ann Berg, her assistant and three players were injured in the crash.",
                 ["Coach Ann Berg, her assistant and three players were injured in the crash."],
                 id="list-of-people"),
    pytest.param("The mayor, her two deputies and a dozen aides flew to Oslo on Monday.",
                 ["The mayor, her two deputies and a dozen aides flew to Oslo on Monday."],
                 id="list-with-counts"),
    pytest.param("The widow lived with her son, his wife and two grandchildren.",
                 ["The widow lived with her son, his wife and two grandchildren."],
                 id="list-ending-the-sentence"),
    pytest.param("Rustem Umerov, the defence minister and head of the delegation, led the talks.",
                 ["Rustem Umerov led the talks.",
                  "Rustem Umerov is the defence minister and head of the delegation."],
                 id="appositive-closed-by-a-comma"),
    pytest.param("The talks were chaired by Ann Berg, a diplomat and former judge.",
                 ["The talks were chaired by Ann Berg.",
                  "Ann Berg is a diplomat and former judge."],
                 id="indefinite-appositive-ending-the-sentence"),
])
def test_a_list_of_people_is_not_an_appositive(extractor, text, claims):
    """"X, Y and Z did it" names three doers: read as an appositive it gave "X is Y and Z" (a
    claim nobody made) and cut Y and Z from who did it. An appositive closed by a comma, or a
    description opening with "a", stays one."""
    assert [c.text for c in extractor.analyse(text).claims] == claims


@pytest.mark.parametrize(
    "text, claims",
    [
        pytest.param(
            "The 36-year-old Rahman is a former heavyweight champion.",
            ["Rahman is a former heavyweight champion.", "Rahman is 36 years old."],
            id="age-before-the-name",
        ),
        pytest.param(
            "Police had located Anthony LaCalamita, 38, on Interstate 75.",
            [
                "Police had located Anthony LaCalamita on Interstate 75.",
                "Anthony LaCalamita is 38 years old.",
            ],
            id="age-after-the-name",
        ),
        pytest.param(
            "Police chief Tom Rusk, 52, said 12 people were hurt.",
            ["12 people were hurt.", "Tom Rusk is 52 years old."],
            id="the-speakers-age",
        ),
        pytest.param(
            '"It is over," said 17-year-old Jo Lund.',
            ["Jo Lund is 17 years old."],
            id="the-speakers-age-after-a-quote",
        ),
        pytest.param(
            "The 58-year-old governor, Ann Roe, said 12 people were hurt.",
            ["12 people were hurt.", "Ann Roe is 58 years old."],
            id="the-speakers-age-said-of-her-title",
        ),
        pytest.param(
            "The 47-year-old captain, Ivo Lund, was rescued by a fishing boat.",
            ["Ivo Lund was rescued by a fishing boat.", "The captain is Ivo Lund.",
             "Ivo Lund is 47 years old."],
            id="age-said-of-a-title-then-the-name",
        ),
    ],
)
def test_a_named_persons_age_is_a_claim_of_its_own(extractor, text, claims):
    found = extractor.analyse(text)
    assert [c.text for c in found.claims] == claims
    age = found.claims[-1]
    assert [(v.kind, v.low) for v in age.values] == [("age", float(claims[-1].split()[-3]))]
    assert "facet:age" in age.qualifiers and age.quote in text


@pytest.mark.parametrize(
    "text, claims",
    [
        pytest.param(
            "Moscow’s delegations had agreed to swap all seriously wounded and sick prisoners, as "
            "well as prisoners of war under 25.",
            [
                "Moscow’s delegations had agreed to swap all seriously wounded and sick prisoners.",
                "Moscow’s delegations had agreed to swap prisoners of war under 25.",
            ],
            id="004-two-things-swapped",
        ),
        pytest.param(
            "Police found a box that would hold a shotgun, as well as empty shell boxes, in a "
            "Dumpster.",
            [
                "Police found a box that would hold a shotgun, in a Dumpster.",
                "Police found a box that would hold empty shell boxes, in a Dumpster.",
            ],
            id="ecb-two-things-held",
        ),
        pytest.param(
            "We regret any inconvenience caused to them as well as the wider community.",
            ["We regret any inconvenience caused to them as well as the wider community."],
            id="misparse-stays-whole",
        ),
        pytest.param(
            "Putin and Zelensky met in Istanbul.",
            ["Putin and Zelensky met in Istanbul."],
            id="and-stays-whole",
        ),
    ],
)
def test_as_well_as_gives_one_claim_per_thing(extractor, text, claims):
    assert [c.text for c in extractor.analyse(text).claims] == claims


@pytest.mark.parametrize("text, derived", [
    pytest.param("The first round of talks on 16 May yielded the biggest prisoner swap of the war.",
                 "The first round of talks was on 16 May.", id="002-first-round"),
    pytest.param("In fact, the meeting lasted less than the first round of talks on May 16.",
                 "The first round of talks was on May 16.", id="003-first-round"),
    pytest.param("The attack on Monday killed five people.", None, id="no-ordinal-no-claim"),
])
def test_the_day_of_a_numbered_event_is_a_claim_of_its_own(extractor, text, derived):
    found = extractor.analyse(text, date="2025-06-02")
    dated = [c for c in found.claims if "facet:date" in c.qualifiers]
    assert [c.text for c in dated] == ([derived] if derived else [])
    if derived:
        assert dated[0].quote in text and any(v.kind == "date" for v in dated[0].values)


@pytest.mark.parametrize(
    "text, core",
    [
        pytest.param(
            "Russian negotiators handed a detailed memorandum to their Ukrainian counterparts.",
            ("Russian", "hand", "memorandum"),
            id="name-on-the-subject",
        ),
        pytest.param(
            "Russia only handed over its memorandum at the meeting.",
            ("Russia", "hand", "memorandum"),
            id="named-subject",
        ),
        pytest.param(
            "A memorandum was handed over by Russia.",
            ("Russia", "hand", "memorandum"),
            id="passive",
        ),
        pytest.param("Police arrested a man.", None, id="no-name-no-core"),
        pytest.param("The talks lasted an hour.", None, id="no-object-no-core"),
    ],
)
def test_core_is_who_did_what_to_what(extractor, text, core):
    assert extractor.analyse(text).claims[0].core == core


@pytest.mark.parametrize(
    "text, doer, parties",
    [
        pytest.param(
            '"My desire is to bring Putin and Zelensky together in Istanbul or Ankara," Erdogan '
            'said.',
            "Erdogan",
            ("Putin", "Zelensky"),
            id="my-desire-is-the-speakers",
        ),
        pytest.param(
            "Turkish President Recep Tayyip Erdogan said the meeting was “great” and added that "
            "he would move to "
            "organise a summit involving Putin, Ukraine’s President Volodymyr Zelenskyy and US "
            "President Donald Trump.",
            "Recep Tayyip Erdogan",
            ("Putin", "Ukraine", "Volodymyr Zelenskyy", "US", "Donald Trump"),
            id="004-he-is-the-speaker",
        ),
        pytest.param(
            '"We agreed to exchange all seriously wounded prisoners," Umerov said.',
            "Umerov",
            (),
            id="we-is-the-speaker",
        ),
        pytest.param(
            '"My son was killed in the attack," Smith said.',
            None,
            (),
            id="my-son-is-not-the-speaker",
        ),
        pytest.param(
            "Nichols killed Judge Rowland Barnes and court reporter Julie Ann Brandau.",
            "Nichols",
            ("Rowland Barnes", "Julie Ann Brandau"),
            id="named-subject",
        ),
        pytest.param(
            "Fellow fired coaches Eddie Jordan and Sam Mitchell seem assured of another top job "
            "as soon as next year, "
            "Cheeks surprisingly figures to land closer to the Randy Wittman/P.J. Carlesimo pile.",
            "Cheeks",
            (),
            id="subjects-and-asides-are-no-parties",
        ),
        pytest.param("Police arrested a man.", None, (), id="no-name-no-doer"),
    ],
)
def test_doer_and_parties(extractor, text, doer, parties):
    claim = extractor.analyse(text).claims[-1]
    assert (claim.doer, claim.parties) == (doer, parties)


@pytest.mark.parametrize(
    "text, name, label",
    [
        pytest.param(
            "US President Donald Trump met Zelensky in Rome.", "US", "NORP", id="country-president"
        ),
        pytest.param(
            "Ukraine’s President Volodymyr Zelenskyy arrived in Vilnius.",
            "Ukraine",
            "NORP",
            id="countrys-president",
        ),
        pytest.param(
            "Los Angeles County Sheriff's Deputy Jerry Ortiz was shot in Hawaiian Gardens.",
            "Los Angeles County",
            "GPE",
            id="an-office-keeps-its-place",
        ),
        pytest.param(
            "Zelensky met the president of Lithuania in Vilnius.",
            "Lithuania",
            "GPE",
            id="no-title-before-a-name",
        ),
    ],
)
def test_a_country_in_a_persons_title_says_whose(extractor, text, name, label):
    assert (name, label) in extractor.analyse(text).claims[0].entities


@pytest.mark.parametrize(
    "text, claims, dropped",
    [
        pytest.param('"We are devastated." James Clark said.', [], True, id="name-said"),
        pytest.param(
            '"Very, very, very subdued," the sheriff said.',
            ["Very, very, very subdued, the sheriff said."],
            False,
            id="quote-in-the-sentence",
        ),
        pytest.param(
            "Police said five people died.", ["Five people died."], False, id="reported-content"
        ),
    ],
)
def test_an_attribution_alone_is_no_claim(extractor, text, claims, dropped):
    """ECB+ "Gerry Scherlinck said." (the quote is the sentence before) agreed with itself across
    sources as a claim."""
    found = extractor.analyse(text)
    assert [c.text for c in found.claims] == claims
    reasons = [d.reason for d in found.dropped]
    assert any("attribution only" in r for r in reasons) is dropped


def test_said_and_added_gives_both_contents(extractor):
    """004: "Erdogan said the meeting was great and added that he would move to organise a summit
    …": the second content was lost before."""
    found = extractor.analyse(
        "Recep Tayyip Erdogan said the meeting was “great” and added that he would move to "
        "organise a summit involving Putin, Zelenskyy and Trump."
    )
    assert [(c.text, c.attributed_to) for c in found.claims if "summit" in c.text] == [
        (
            "Recep Tayyip Erdogan would move to organise a summit involving Putin, Zelenskyy and "
            "Trump.",
            "Recep Tayyip Erdogan",
        )
    ]


@pytest.mark.parametrize(
    "text, claim, speaker",
    [
        pytest.param('"We saw no progress," the spokesman said, and the club signed Ada Voss to a '
                     "$12 million deal.", "The club signed Ada Voss to a $12 million deal.", None,
                     id="quote-said-and-the-article-states"),
        pytest.param('"It is over," the mayor said, and the council approved a $5 million budget.',
                     "The council approved a $5 million budget.", None,
                     id="quote-said-and-another-doer"),
        pytest.param('"It is over," the mayor said, adding that 12 people were hurt.',
                     "12 people were hurt.", "mayor", id="quote-said-adding-that"),
        pytest.param("The minister said the port was open, adding that 40 ships had docked.",
                     "40 ships had docked.", "minister", id="said-content-adding-that"),
        pytest.param("1 dead, 2 hurt in Kelton mill fire; police say the boiler had failed",
                     "1 dead, 2 hurt in Kelton mill fire.", None, id="headline-before-police-say"),
        pytest.param("Two killed in Kelton blast; police say the gas main had leaked",
                     "The gas main had leaked.", "police", id="a-count-before-the-speaker"),
        pytest.param("The ferry sank at dawn; officials said 12 people were missing.",
                     "The ferry sank at dawn.", None, id="statement-before-a-semicolon"),
        pytest.param("The ferry sank at dawn; officials said 12 people were missing.",
                     "12 people were missing.", "officials", id="speech-after-a-semicolon"),
    ],
)
def test_what_stands_beside_a_reporting_clause_is_kept(extractor, text, claim, speaker):
    """Everything after "…, X said," was cut with the reporting clause: "and the club signed
    …" (the article's own statement) and "adding that …" (the speaker's) were lost; so was a
    statement before "; police say …", or it was taken for the speaker ("Two killed … say")."""
    found = extractor.analyse(text)
    assert (claim, speaker) in [(c.text, c.attributed_to) for c in found.claims], found.claims


@pytest.mark.parametrize(
    "text, claim",
    [
        pytest.param(
            "Zelensky said he met Nauseda in Vilnius.",
            "Zelensky met Nauseda in Vilnius.",
            id="he-is-the-person-speaking",
        ),
        pytest.param(
            "Officials said they arrested 12 people in Athens.",
            "Officials arrested 12 people in Athens.",
            id="they-is-the-group-speaking",
        ),
        pytest.param(
            "Police say he fled because he had drunk vodka.",
            "He fled because he had drunk vodka.",
            id="he-after-police-is-someone-else",
        ),
        pytest.param(
            "Zelensky said they agreed on a prisoner exchange.",
            "They agreed on a prisoner exchange.",
            id="they-after-a-person-is-others",
        ),
        pytest.param(
            "She died peacefully in her sleep, spokesman Tom Hale said.",
            "She died peacefully in her sleep.",
            id="she-before-the-speaker-is-someone-named-before",
        ),
        pytest.param(
            "He was arrested in Orvik on Monday, Ann Roe said.",
            "He was arrested in Orvik on Monday.",
            id="he-before-the-speaker-is-someone-else",
        ),
    ],
)
def test_a_pronoun_is_the_speaker_only_when_it_can_be(extractor, text, claim):
    assert [c.text for c in extractor.analyse(text).claims] == [claim]


def test_coordinated_verbs_share_their_auxiliaries(extractor):
    found = extractor.analyse("The suspect was arrested and charged with murder.")
    assert [c.text for c in found.claims] == [
        "The suspect was arrested.",
        "The suspect was charged with murder.",
    ]


def test_a_lone_determiner_is_no_speaker(extractor):
    """"The also said that …" (a word lost in the source, ECB+ 19_6ecbplus) names nobody."""
    found = extractor.analyse("The also said that Gray had previously been arrested four times.")
    assert [(c.text, c.attributed_to) for c in found.claims] == [
        ("Gray had previously been arrested four times.", None)]


@pytest.mark.parametrize(
    "text, negated",
    [
        pytest.param("Russia made no offer at the talks.", True, id="no-as-object"),
        pytest.param("The talks did not last an hour.", True, id="not-on-the-verb"),
        pytest.param("Russia never proposed a ceasefire.", True, id="never"),
        pytest.param(
            "None of the other teams has been reported to have offered more than eight years.",
            True,
            id="none-as-subject",
        ),
        pytest.param(
            "The first round yielded the biggest prisoner swap of the war but no sign of peace.",
            False,
            id="no-deep-inside-an-object",
        ),
        pytest.param(
            "After telling reporters in May that she did not need help, the actress checked into "
            "a clinic on Friday.",
            False,
            id="not-in-a-clause-setting-the-scene",
        ),
        pytest.param("The man who did not stop at the lights was arrested on Monday.", False,
                     id="not-in-a-relative-clause"),
        pytest.param("The council rejected a plan that was not costed.", False,
                     id="not-in-a-clause-on-a-noun"),
        pytest.param("The mayor said she would not resign.", True, id="not-in-what-is-said"),
    ],
)
def test_negation_is_the_claims_own(extractor, text, negated):
    found = extractor.analyse(text)
    assert [c.negated for c in found.claims] == [negated]


def test_missing_model_names_how_to_install_it():
    from claimcheck import Extractor, ModelError

    with pytest.raises(ModelError, match="not installed: install the spaCy pipeline package"):
        Extractor("no_such_model_xyz")


def test_paragraph_start_and_end_times_give_a_duration(seed_json):
    """S1: 003 gives 2:44 p.m. and around 4:17 p.m.: a 93-minute span on the end-time claim."""
    spans = [
        (c, v)
        for c in seed_json["claims"]
        if stem(c["source"]) == "003"
        for v in c["values"]
        if v["role"] == "span"
    ]
    assert len(spans) == 1
    claim, v = spans[0]
    assert "4:17 p.m." in claim["text"] and claim["attributed_to"] == "president"
    assert (v["low"] + v["high"]) / 2 == 93 * 60


def test_hyphen_mending_does_not_depend_on_what_was_parsed_before(extractor):
    """spaCy's string store grows with every parsed text: "party-goers" must stay as written
    whether or not "partygoers" was seen earlier in the run (else --jobs and the cache change
    the output)."""
    before = extractor.is_word("partygoers")
    extractor.analyse("The partygoers were put on buses.", source="x")
    assert extractor.is_word("partygoers") is before is False
    assert extractor.is_word("exchange")


def test_a_month_and_day_the_recogniser_split_are_no_frame_words(extractor):
    """"(Jun 2)" is read as a month noun and a number; the frame must not keep "jun" as a content
    word (it kept 001's "talks concluded in Istanbul" from matching 003's)."""
    found = extractor.analyse(
        "The second round of talks on Monday (Jun 2) has concluded in Istanbul.", date="2025-06-02"
    )
    frame = found.claims[0].frame.split()
    assert "jun" not in frame and not any(w.startswith("<") for w in frame), frame
    assert "istanbul" in frame and "conclude" in frame


def test_a_pronoun_read_as_the_speaker_is_in_the_frame(extractor):
    """"Zelenskyy said he met …" gives the claim "Zelenskyy met …"; its frame must name him too."""
    found = extractor.analyse(
        "Zelenskyy said on X that he met the president of Lithuania in Vilnius."
    )
    claim = next(c for c in found.claims if c.text.startswith("Zelenskyy met"))
    assert claim.frame.split()[:2] == ["zelenskyy", "meet"], claim.frame


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Rovers Sack Manager Ian Holt After 1-6 Start", id="after"),
        pytest.param("Gunman Among 4 Dead After Kelton Office Shooting", id="among-after"),
        pytest.param("Orvik Council Votes To Close Two Schools", id="to"),
    ],
)
def test_a_headline_in_capitals_gives_a_claim(headline):
    """A headline with its function words capitalised ("After", "Among") is still a claim, quoted
    as written."""
    from claimcheck import Extractor

    (claim,) = Extractor().analyse(headline).claims
    assert claim.quote == headline


@pytest.mark.parametrize(
    "headline, wanted",
    [
        pytest.param("2 Dead, 1 Wounded in Shooting at Kelton Plant",
                     [("deaths", "2"), ("injured", "1")], id="dead-wounded"),
        pytest.param("Four Killed, 12 Injured in Orvik Bus Crash",
                     [("deaths", "Four"), ("injured", "12")], id="killed-injured"),
        pytest.param("Three Dead, Two Missing After Vesk Ferry Sinks",
                     [("deaths", "Three"), ("missing", "Two")], id="dead-missing"),
        pytest.param("Film Star Ann Roe Dies At Age 91", [("age", "Age 91")], id="dies-at-age"),
    ],
)
def test_a_headline_in_capitals_counts_what_its_words_say(headline, wanted):
    """A toll's words in a headline in capitals are read as words: in capitals the tagger takes
    "2 Dead" for a name and counts the wounded as dead."""
    from claimcheck import Extractor
    from claimcheck.actiondays import measure_rows

    rows = measure_rows(Extractor().analyse(headline).claims)
    assert sorted((r.concept, r.value.text) for r in rows) == sorted(wanted)


@given(st.text(alphabet=st.sampled_from(list("AaFfTtEeRrİıß ÀàŉOoNn.,-1")), max_size=60))
def test_the_parsed_text_keeps_every_offset(text):
    """The headline case change alters letters' case only: each character stays where it was,
    so quotes cut from the source by the parse's offsets are the source's."""
    from claimcheck.claims.extractor import for_parse

    parsed = for_parse(text)
    assert len(parsed) == len(text) and parsed.lower() == text.lower()


@pytest.mark.parametrize("text, action", [
    pytest.param("Ann Roe has launched a new jewellery range called Solace in March.", "launch",
                 id="a-range-called"),
    pytest.param("The yard launched a ferry named Sea Star on Friday.", "launch",
                 id="a-ferry-named"),
    pytest.param("The band released an album titled Tides in March.", "release",
                 id="an-album-titled"),
    pytest.param("A man called the police on Friday.", "call", id="calling-is-the-action"),
])
def test_a_day_after_a_name_dates_what_was_done_to_the_named_thing(extractor, text, action):
    """"a range called Solace in March": the day is the launch's, not the naming's."""
    dated = [d for c in extractor.analyse(text).claims for d in c.dated]
    assert [d.action for d in dated] == [action]


@pytest.mark.parametrize("text, what", [
    pytest.param("A Vesk Air jet overran the end of runway 9 on Thursday.", "runway",
                 id="the-end-of-a-runway"),
    pytest.param("A lorry hit the side of the Orvik bridge on Monday.", "bridge",
                 id="the-side-of-a-bridge"),
    pytest.param("Crews reached the top of the Kelton tower on Friday.", "tower",
                 id="the-top-of-a-tower"),
    pytest.param("A Vesk Air jet overran the runway on Thursday.", "runway", id="the-whole"),
])
def test_an_action_done_to_a_part_of_a_thing_is_done_to_the_thing(extractor, text, what):
    """"overran the end of runway 9 on Thursday" dates an overrun of the runway: a claim that the
    jet overran the runway on another day was never set against it."""
    dated = [d for c in extractor.analyse(text).claims for d in c.dated]
    assert [d.what for d in dated] == [what]


@pytest.mark.parametrize("text", [
    pytest.param("The intrusion at the Kelton hospital was detected on Sunday.", id="intrusion"),
    pytest.param("The attack on the Kelton hospital was discovered on Sunday.", id="attack"),
    pytest.param("The breach at the Kelton hospital was spotted on Sunday.", id="breach"),
])
def test_one_action_on_one_thing_in_other_words(extractor, text):
    """"the intrusion was detected on Sunday" and "the attack was detected on Friday" tell of one
    action on one thing: a claim of the wrong day was backed by a sentence giving none."""
    dated = [d for c in extractor.analyse(text).claims for d in c.dated]
    assert [(d.action, d.what) for d in dated] == [("detect", "attack")]


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Ann Roe says has a benign tumour.", True, id="a-person-of-herself"),
    pytest.param("Canada insists that its plan is peaceful.", True, id="a-country-of-itself"),
    pytest.param("Tom Okafor said it was a serious threat.", False, id="it-is-not-the-speaker"),
    pytest.param("Officials said the situation was calm.", False, id="no-name-speaks"),
    pytest.param("Tom Okafor said the meeting was great.", False, id="of-another-thing"),
])
def test_what_a_named_speaker_says_of_itself_is_a_claim(extractor, text, kept):
    """The speaker's name makes checkable what it says of itself, though that names nothing."""
    found = extractor.analyse(text)
    assert bool(found.claims) == kept, [c.text for c in found.claims]
    assert all(c.attributed_to for c in found.claims)


@pytest.mark.parametrize(("headline", "claim"), [
    pytest.param("6.1 quake rocks the island of Vesk: USGS", "6.1 quake rocks the island of Vesk.",
                 id="a-source-after-the-colon"),
    pytest.param("Kelton eligible for bankruptcy protection: U.S. judge",
                 "Kelton eligible for bankruptcy protection.", id="a-judge-after-the-colon"),
    pytest.param("War latest: Russia shells Kharkiv", "Russia shells Kharkiv.",
                 id="a-label-before-the-colon"),
    pytest.param("Orvik crash: Girl returns to UK", "Girl returns to UK.",
                 id="a-statement-after-the-colon-is-kept"),
])
def test_a_headlines_label_or_source_by_a_colon_is_no_part_of_its_claim(tmp_path, headline,
                                                                       claim):
    from claimcheck import build_report

    (tmp_path / "a.txt").write_text(headline + "\n", encoding="utf-8")
    assert [c.text for c in build_report(tmp_path).claims] == [claim]


@pytest.mark.parametrize(("text", "claim"), [
    pytest.param("Turnout in Kelton was almost 90%.", "Turnout in Kelton was almost 90%.",
                 id="percent-before-the-stop"),
    pytest.param("Kelton's jobless rate hit 7.5%", "Kelton's jobless rate hit 7.5%.",
                 id="percent-ends-a-headline"),
])
def test_a_percent_sign_ending_a_claim_stays_in_its_text(extractor, text, claim):
    assert [c.text for c in extractor.analyse(text).claims] == [claim]


@pytest.mark.parametrize("text, claims", [
    pytest.param("Parliamentary elections in Vesk, which are planned for 15 December, will be "
                 "held on a two-party basis.",
                 ["Parliamentary elections in Vesk will be held on a two-party basis.",
                  "Parliamentary elections in Vesk are planned for 15 December."],
                 id="the-verb-agrees-with-the-noun-before-in"),
    pytest.param("Residents of Kelton, which was flooded on Monday, were evacuated.",
                 ["Residents of Kelton were evacuated.", "Kelton was flooded on Monday."],
                 id="the-verb-agrees-with-the-noun-after-of"),
    pytest.param("The mayor of Kelton, who was elected in 2019, resigned on Monday.",
                 ["The mayor of Kelton resigned on Monday.", "The mayor of Kelton was elected in "
                  "2019."], id="no-comma-left-before-the-verb"),
    pytest.param("Two ferries from Orvik, which is a port town, sank on Friday.",
                 ["Two ferries from Orvik sank on Friday.", "Orvik is a port town."],
                 id="the-noun-it-hangs-on-agrees"),
])
def test_a_relative_clause_is_about_the_noun_its_verb_agrees_with(extractor, text, claims):
    """", which are planned for 15 December" after "elections in Vesk" told of Vesk ("Vesk are
    planned for 15 December"): the plural verb says the elections are."""
    assert [c.text for c in extractor.analyse(text).claims] == claims


@pytest.mark.parametrize("text, days", [
    pytest.param("Ann Roe died on Thursday at age 85.", ["Thursday"], id="an-age-is-no-day"),
    pytest.param("Tom Hale will host the annual awards in Kelton.", [], id="annual-is-no-day"),
    pytest.param("The Kelton talks resumed last week.", ["last week"], id="a-loose-day-stays"),
])
def test_a_date_entity_that_names_no_day_dates_no_action(extractor, text, days):
    """The recogniser calls "age 85" and "annual" dates; they named the day of an action."""
    assert [d.text for c in extractor.analyse(text).claims for d in c.dated] == days


@pytest.mark.parametrize("text, ahead", [
    pytest.param("Forecasters said Kelton could reach 45C on Wednesday.", True, id="could"),
    pytest.param("Kelton may hold the vote on Friday.", True, id="may"),
    pytest.param("Kelton reached 45C on Wednesday.", False, id="reached"),
])
def test_a_day_an_action_could_happen_on_is_still_to_come(extractor, text, ahead):
    """"could reach 45C on Wednesday" is a forecast's day: it backed "reached 45C on Wednesday"."""
    dated = [d for c in extractor.analyse(text).claims for d in c.dated]
    assert [d.ahead for d in dated] == [ahead]


def test_what_the_parse_hangs_off_a_trailing_reporting_verb_is_said(extractor):
    """"… on Saturday in front of 61,212, the league confirmed": the parse hung "in front of
    61,212" off "confirmed", and the figure went with the reporting clause."""
    text = ("Orvik beat Kelton 3-1 on Saturday in front of an official attendance of 61,212, "
            "the Vesk league confirmed this evening.")
    found = extractor.analyse(text).claims
    assert [(c.text, c.attributed_to) for c in found] == [
        ("Orvik beat Kelton 3-1 on Saturday in front of an official attendance of 61,212.",
         "Vesk")]
